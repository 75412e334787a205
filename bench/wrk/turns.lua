-- wrk script for scripts/bench.sh: Bot Framework message activities POSTed to /api/messages in Emulator mode (no token)
-- with deliveryMode expectReplies, so the replies come back in the response and no Connector is called (MbcBot and the
-- JS SDK peer both answer this way). BENCH_MODE picks the text:
--   rotation  the same 20 questions over and over (repeated questions)
--   new       a question never asked before on every turn (templates plus a unique number)
--   soak      new and repeated questions in turn, paced to BENCH_RATE turns/s over BENCH_CONNECTIONS connections
-- Each turn has its own activity id; conversations rotate over 997 ids.
local mode = os.getenv("BENCH_MODE") or "rotation"
local rate = tonumber(os.getenv("BENCH_RATE") or "50")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "5")

local rotation = {
  "what is metastatic breast cancer", "where does breast cancer spread", "can metastatic breast cancer be cured",
  "what is HER2", "how is metastatic breast cancer treated", "what are the symptoms of bone metastases",
  "what does a bone scan show", "is stage 4 breast cancer the same as metastatic", "what is de novo metastatic breast cancer",
  "why did my breast cancer spread", "what are the signs it has spread to the liver", "can breast cancer spread to the brain",
  "what is a PET scan", "how long can you live with metastatic breast cancer", "what is hormone therapy",
  "does breast cancer spread through the lymph nodes", "what tests show if cancer has spread", "what is a distant recurrence",
  "who won the game last night", "I can't breathe",
}
local openers = { "can you tell me", "I would like to know", "please explain", "my doctor mentioned", "quick question:", "my sister asked" }
local topics = {
  "where breast cancer spreads", "how bone metastases are treated", "what a liver scan shows", "whether stage 4 can be cured",
  "what HER2 positive means", "how chemo works for metastatic disease", "what a PET scan looks for", "signs it reached the lungs",
  "how brain metastases are found", "why cancer comes back years later", "what hormone therapy does", "how tumour markers are used",
}

local thread_id = 0
local counter = 0
local started = 0

function setup(thread)
  started = started + 1
  thread:set("thread_id", started)
end

function init(args)
  thread_id = tonumber(wrk.thread:get("thread_id")) or 1
end

local function text_for(n)
  if mode == "rotation" or (mode == "soak" and n % 2 == 0) then
    return rotation[(n % #rotation) + 1]
  end
  local unique = thread_id * 100000000 + n
  return string.format("%s %s (question %d)", openers[(n % #openers) + 1], topics[(math.floor(n / #openers) % #topics) + 1], unique)
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"type":"message","id":"b%d-%d","channelId":"emulator","serviceUrl":"http://127.0.0.1:9",' ..
    '"from":{"id":"bench-user","role":"user"},"recipient":{"id":"bot","role":"bot"},' ..
    '"conversation":{"id":"bench-%d"},"text":"%s","deliveryMode":"expectReplies"}',
    thread_id, counter, (thread_id * 7919 + counter) % 997, text_for(counter))
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

if mode == "soak" then
  -- Each connection waits connections/rate seconds before its next request: about `rate` turns a second in all.
  delay = function()
    return math.floor(connections * 1000 / rate)
  end
end
