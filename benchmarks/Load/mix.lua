-- wrk: 9 in 10 requests a match query for a random issue (CFC_IDS), 1 in 10 a new issue of a random issue's member,
-- with the coordinator's token (CFC_TOKEN).
local ids = {}
local token = os.getenv("CFC_TOKEN")
local body = '{"title":"Speelruimte in de wijk","text":"Kinderen missen een veilige plek om buiten te spelen.","themes":["spelen"],"articles":[31]}'

function init(args)
  for line in io.lines(os.getenv("CFC_IDS")) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local id = ids[math.random(#ids)]
  if math.random(10) == 1 then
    local member = string.sub(id, 1, 6)
    return wrk.format("POST", "/api/municipalities/" .. member .. "/issues",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
  end
  return wrk.format("GET", "/api/issues/" .. id .. "/matches?k=10")
end

