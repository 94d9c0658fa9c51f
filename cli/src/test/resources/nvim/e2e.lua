-- Drives the Entente language server from a headless Neovim (0.7 API: vim.lsp.start_client and
-- buf_attach_client, as in docs/editors.md) and writes what it saw as JSON to $ENTENTE_OUT.
-- Every wait is bounded; a step that fails records its error and the script goes on.
local out_path = os.getenv('ENTENTE_OUT')
local file = os.getenv('ENTENTE_FILE')
local cmd = vim.fn.json_decode(os.getenv('ENTENTE_CMD'))
local timeout = tonumber(os.getenv('ENTENTE_TIMEOUT_MS') or '60000')
local result = { steps = {}, errors = {} }

local function finish()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function buffer_text()
  return table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') .. '\n'
end

-- the (0-based) position of the first occurrence of needle, plus shift characters
local function position_of(needle, shift)
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  for i, line in ipairs(lines) do
    local col = line:find(needle, 1, true)
    if col then
      return { line = i - 1, character = col - 1 + (shift or 0) }
    end
  end
  error('not in buffer: ' .. needle)
end

local function request(method, params)
  local responses, err = vim.lsp.buf_request_sync(0, method, params, timeout)
  if not responses then
    error(method .. ': ' .. tostring(err))
  end
  for _, response in pairs(responses) do
    if response.error then
      error(method .. ': ' .. vim.inspect(response.error))
    end
    return response.result
  end
  error(method .. ': no answer')
end

local function errors()
  return vim.diagnostic.get(0, { severity = vim.diagnostic.severity.ERROR })
end

local function diagnostics_messages()
  local messages = {}
  for _, d in ipairs(errors()) do
    table.insert(messages, d.message)
  end
  return messages
end

local function step(name, fn)
  local ok, value = pcall(fn)
  if ok then
    result.steps[name] = value
  else
    result.errors[name] = tostring(value)
  end
end

local function doc() return { uri = vim.uri_from_bufnr(0) } end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'entente'
local client_id = vim.lsp.start_client({
  name = 'entente',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})
if not client_id then
  result.errors.start = 'the client did not start'
  finish()
  return
end
vim.lsp.buf_attach_client(0, client_id)
local client = vim.lsp.get_client_by_id(client_id)

step('diagnosticsOnOpen', function()
  if not vim.wait(timeout, function() return #errors() > 0 end, 100) then
    error('no diagnostics within the timeout')
  end
  return diagnostics_messages()
end)

step('capabilities', function()
  local caps = client.server_capabilities or client.resolved_capabilities
  return { codeLens = caps.codeLensProvider ~= nil, executeCommand = caps.executeCommandProvider ~= nil }
end)

step('quickFix', function()
  local d = errors()[1]
  local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
  local lsp_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, d.lnum)
  local actions = request('textDocument/codeAction',
    { textDocument = doc(), range = range, context = { diagnostics = lsp_diagnostics } })
  local titles = {}
  for _, action in ipairs(actions) do table.insert(titles, action.title) end
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding or 'utf-16')
  return { titles = titles, text = buffer_text() }
end)

step('diagnosticsAfterEdit', function()
  if not vim.wait(timeout, function() return #errors() == 0 end, 100) then
    error('diagnostics did not clear: ' .. vim.inspect(diagnostics_messages()))
  end
  -- a second edit that breaks a name: the error comes back
  local pos = position_of('Russia signed', 0)
  vim.api.nvim_buf_set_text(0, pos.line, pos.character, pos.line, pos.character + #'Russia', { 'Rusia' })
  if not vim.wait(timeout, function() return #errors() > 0 end, 100) then
    error('no diagnostic after breaking a name')
  end
  local messages = diagnostics_messages()
  vim.api.nvim_buf_set_text(0, pos.line, pos.character, pos.line, pos.character + #'Rusia', { 'Russia' })
  if not vim.wait(timeout, function() return #errors() == 0 end, 100) then
    error('diagnostics did not clear after the repair')
  end
  return messages
end)

step('completion', function()
  local answer = request('textDocument/completion',
    { textDocument = doc(), position = position_of('members France', #'members ') })
  local items = answer.items or answer
  local labels = {}
  local snippets = 0
  for _, item in ipairs(items) do
    table.insert(labels, item.label)
    if item.insertTextFormat == 2 then snippets = snippets + 1 end
  end
  return { labels = labels, snippets = snippets }
end)

step('hover', function()
  local answer = request('textDocument/hover', { textDocument = doc(), position = position_of('state Germany', 7) })
  return answer.contents.value or vim.inspect(answer.contents)
end)

step('definition', function()
  local answer = request('textDocument/definition', { textDocument = doc(), position = position_of('members France', 9) })
  local location = answer[1] or answer
  return { line = location.range.start.line, expected = position_of('state France', 0).line }
end)

step('rename', function()
  local edit = request('textDocument/rename',
    { textDocument = doc(), position = position_of('state France', 7), newName = 'Gaul' })
  vim.lsp.util.apply_workspace_edit(edit, client.offset_encoding or 'utf-16')
  return buffer_text()
end)

step('formatting', function()
  local edits = request('textDocument/formatting',
    { textDocument = doc(), options = { tabSize = 4, insertSpaces = true } })
  vim.lsp.util.apply_text_edits(edits, 0, client.offset_encoding or 'utf-16')
  return buffer_text()
end)

step('renameRefused', function()
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/rename',
    { textDocument = doc(), position = position_of('state Gaul', 7), newName = 'Germany' }, timeout)
  for _, response in pairs(responses or {}) do
    return response.error and response.error.message or 'no error'
  end
  return 'no answer'
end)

result.finalText = buffer_text()
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()
