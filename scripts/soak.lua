-- wrk script for scripts/soak.sh: POST /api/messages in Emulator mode with deliveryMode expectReplies (the replies
-- come back in the response, so no Connector is called), rotating through answered, emergency and off-topic questions
-- over 50 conversation ids.
local questions = {
  "what is metastatic breast cancer",
  "where does breast cancer spread",
  "can metastatic breast cancer be cured",
  "what is HER2",
  "I can't breathe",
  "who won the game",
}
local n = 0

request = function()
  n = n + 1
  local body = string.format(
    '{"type":"message","id":"soak-%d","channelId":"emulator","serviceUrl":"http://127.0.0.1:9",' ..
    '"from":{"id":"soak-user","role":"user"},"recipient":{"id":"bot","role":"bot"},' ..
    '"conversation":{"id":"soak-%d"},"text":"%s","deliveryMode":"expectReplies"}',
    n, n % 50, questions[(n % #questions) + 1])
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
