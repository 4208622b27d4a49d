-- wrk script for the bench: GETs a path, or POSTs chat turns, as the users listed in a file (one
-- "user_id token [conversation_id]" per line), and prints one machine-readable RESULT line at the end.
-- Chat runs one wrk thread per connection, each thread one user: a closed loop of that many users.
-- Usage: wrk ... -s load.lua URL -- <users-file> <get|chat> <path-or-message-kind> [origin]
local users = {}
local mode, target, origin
local counter = 0
local thread_id = 0

local threads = {}
function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local id, token, conversation = line:match("^(%S+)%s+(%S+)%s*(%S*)$")
    if id then table.insert(users, { id = id, token = token, conversation = conversation, turns = 0 }) end
  end
  mode, target, origin = args[2], args[3], args[4]
  counter = thread_id * 7919
end

local phrases = {
  function(n) return "add a task to buy milk " .. n end,
  function(n) return "show my pending tasks" end,
  function(n) return "mark buy milk " .. n .. " as done" end,
}

function request()
  counter = counter + 1
  local user = mode == "chat" and users[(thread_id % #users) + 1] or users[(counter % #users) + 1]
  local headers = { ["Authorization"] = "Bearer " .. user.token }
  if origin and origin ~= "" then headers["Origin"] = origin end
  local path = target:gsub("{user}", user.id)
  if mode == "chat" then
    user.turns = user.turns + 1
    local n = math.floor((user.turns - 1) / 3)
    local text = phrases[((user.turns - 1) % 3) + 1](thread_id .. "-" .. n)
    headers["Content-Type"] = "application/json"
    local conversation = user.conversation ~= "" and string.format(',"conversation_id":"%s"', user.conversation) or ""
    local body = string.format('{"message":"%s","client_message_id":"w%d-%d-%d"%s}', text, thread_id, counter, os.time(), conversation)
    return wrk.format("POST", path, headers, body)
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
