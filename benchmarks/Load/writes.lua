-- wrk: only writes, a new issue of one of 32 municipalities (GM0100 to GM0131) at random, with the coordinator's
-- token (CFC_TOKEN). Counts the answers by status, printed at the end (a refused write is a 503 or 507 problem).
local token = os.getenv("CFC_TOKEN")
local body = '{"title":"Speelruimte in de wijk","text":"Kinderen missen een veilige plek om buiten te spelen.","themes":["spelen"],"articles":[31]}'
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local member = string.format("GM%04d", 100 + math.random(0, 31))
  return wrk.format("POST", "/api/municipalities/" .. member .. "/issues",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  local line = "answers by status:"
  for status, count in pairs(totals) do
    line = line .. " " .. status .. "=" .. count
  end
  print(line)
end
