-- wrk: GET /api/issues/{id}/matches?k=10 for a random issue of the ids file (CFC_IDS).
local ids = {}

function init(args)
  for line in io.lines(os.getenv("CFC_IDS")) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", "/api/issues/" .. ids[math.random(#ids)] .. "/matches?k=10")
end

