// The draft form of /match: as one types, fetch the same page for the form's values (a GET that stores nothing) and
// swap in its results, at most once per pause in typing. Without this script the form still works as a GET form.
(function () {
  "use strict";
  var form = document.getElementById("match-form");
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  var results = document.getElementById(form.getAttribute("data-live-results"));
  var timer = 0;
  var latest = 0;

  function refresh() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var request = ++latest;
    fetch(form.getAttribute("action") + "?" + query, { headers: { "Accept": "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        // An answer that arrives after a newer request was sent is dropped.
        if (request !== latest) {
          return;
        }
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById(results.id);
        if (fresh) {
          results.innerHTML = fresh.innerHTML;
          results.setAttribute("data-query", query);
          history.replaceState(null, "", form.getAttribute("action") + "?" + query);
        }
      })
      .catch(function () { /* The form still works with its button. */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
