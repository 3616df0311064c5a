-- kldocs: confine the Lua of one LuaLaTeX run. Loaded with --lua, before the format.
--
-- Lua code in a document (\directlua, from a user's template) may read files
-- only in the work folder (the folder the run starts in), the TeX trees and
-- the font folders; it may write, rename and remove files only in the work
-- folder and in LuaTeX's font cache (TEXMFCACHE/luatex-cache). Processes, C
-- libraries, binary chunks it did not dump itself and the debug functions
-- that reach another function's upvalues are gone, so the originals kept
-- below cannot be recovered. A refused call fails as a missing file does
-- (nil plus a message), and the TeX log names the path.

local currentdir = lfs.currentdir
local work = currentdir()
local open, rename, remove = io.open, os.rename, os.remove
local mkdir, rmdir, touch = lfs.mkdir, lfs.rmdir, lfs.touch
local raw_load, raw_loadfile, raw_lines = load, loadfile, io.lines
local getenv, gmatch, sub, find = os.getenv, string.gmatch, string.sub, string.find
local concat, remove_item = table.concat, table.remove

-- The path, absolute (from the real current folder), with "." and ".." resolved by name
-- (nothing here can make a link).
local function absolute(path)
  if type(path) ~= "string" then
    return nil
  end
  if sub(path, 1, 1) ~= "/" then
    path = currentdir() .. "/" .. path
  end
  local parts = {}
  for part in gmatch(path, "[^/]+") do
    if part == ".." then
      remove_item(parts)
    elseif part ~= "." then
      parts[#parts + 1] = part
    end
  end
  return "/" .. concat(parts, "/")
end

local function split(list, into, suffix)
  for item in gmatch(list or "", "[^:;]+") do
    local path = absolute((item:gsub("^!!", "")))
    if path then
      into[#into + 1] = path .. (suffix or "")
    end
  end
end

-- Roots are found on first use (kpathsea starts after this script) and then never change.
local readable, writable
local function roots()
  if readable then
    return
  end
  readable, writable = { work }, { work }
  split(kpse.expand_path("$TEXMF"), readable)
  split(kpse.var_value("TEXMFCACHE"), readable)
  for _, variable in ipairs({ "TEXMFCACHE", "TEXMFVAR" }) do
    split(kpse.var_value(variable), writable, "/luatex-cache")
    -- luaotfload's probe of whether a cache root is writable: that one file, nothing else there.
    split(kpse.var_value(variable), writable, "/m_t_x_t_e_s_t.tmp")
  end
  split(kpse.var_value("OSFONTDIR"), readable)
  local home = getenv("HOME")
  split("/etc/fonts:/usr/local/etc/fonts:/usr/share/fonts:/usr/local/share/fonts:/var/cache/fontconfig", readable)
  if home then
    split(home .. "/.fonts:" .. home .. "/.local/share/fonts:" .. home .. "/.cache/fontconfig", readable)
  end
  for _, path in ipairs(writable) do
    readable[#readable + 1] = path
  end
end

local function inside(path, writes)
  roots()
  local list = writes and writable or readable
  path = absolute(path)
  if not path then
    return false
  end
  for _, root in ipairs(list) do
    if path == root or sub(path, 1, #root + 1) == root .. "/" then
      return true
    end
  end
  return false
end

-- A folder on the way to a write root may be made (the font cache's parents).
local function above_writable(path)
  path = absolute(path)
  roots()
  for _, root in ipairs(writable) do
    if path and sub(root, 1, #path + 1) == path .. "/" then
      return true
    end
  end
  return false
end

local function refused(path)
  texio.write_nl("log", "kldocs sandbox: refused access to " .. tostring(path))
  return nil, tostring(path) .. ": Permission denied (kldocs sandbox)", 13
end

io.open = function(path, mode)
  local writes = mode ~= nil and find(mode, "[wa+]") ~= nil
  if not inside(path, writes) then
    return refused(path)
  end
  return open(path, mode)
end

io.lines = function(path, ...)
  if path ~= nil and not inside(path, false) then
    error(tostring(path) .. ": Permission denied (kldocs sandbox)", 2)
  end
  return raw_lines(path, ...)
end

-- io.input("name") and io.output("name") open a file; with a handle or nothing they do not.
for _, name in ipairs({ "input", "output" }) do
  local original = io[name]
  io[name] = function(file)
    if type(file) == "string" and not inside(file, name == "output") then
      error(file .. ": Permission denied (kldocs sandbox)", 2)
    end
    return original(file)
  end
end

os.rename = function(old, new)
  if not (inside(old, true) and inside(new, true)) then
    return refused(inside(old, true) and new or old)
  end
  return rename(old, new)
end

os.remove = function(path)
  if not inside(path, true) then
    return refused(path)
  end
  return remove(path)
end

lfs.mkdir = function(path, ...)
  if not (inside(path, true) or above_writable(path)) then
    return refused(path)
  end
  return mkdir(path, ...)
end

lfs.rmdir = function(path)
  if not inside(path, true) then
    return refused(path)
  end
  return rmdir(path)
end

lfs.touch = function(path, ...)
  if not inside(path, true) then
    return refused(path)
  end
  return touch(path, ...)
end

-- The roots are fixed before the first change to the environment that kpathsea reads.
local setenv = os.setenv
os.setenv = function(...)
  roots()
  return setenv(...)
end

-- Binary chunks only as string.dump made them here (lualibs compiles its formatters so);
-- files only from readable folders.
local dump, dumped = string.dump, {}
string.dump = function(...)
  local chunk = dump(...)
  dumped[chunk] = true
  return chunk
end
-- (The environment is passed on only when given: an explicit nil would become the chunk's _ENV.)
load = function(chunk, name, mode, ...)
  if type(chunk) ~= "string" or not dumped[chunk] then
    mode = "t"
  end
  return raw_load(chunk, name, mode, ...)
end
loadstring = load

loadfile = function(path, ...)
  if path ~= nil and not inside(path, false) then
    return refused(path)
  end
  return raw_loadfile(path, ...)
end

dofile = function(path)
  local chunk, message = loadfile(path)
  if not chunk then
    error(message, 2)
  end
  return chunk()
end

-- Files TeX's PDF backend embeds (\pdfextension obj file, pdf.obj{file=...}, images) are
-- opened outside kpathsea's openin_any checks: they are looked up here, and must be readable.
-- A later registration on these callbacks (luatexbase's too) runs behind the same check.
local register = callback.register
local looked_up = { find_data_file = true, find_image_file = true }
local function checked(next_lookup)
  return function(name, ...)
    local path = name
    if next_lookup then
      path = next_lookup(name, ...)
    elseif type(name) == "string" and sub(name, 1, 1) ~= "/" then
      path = kpse.find_file(name, "tex") or name
    end
    if path ~= nil and not inside(path, false) then
      refused(path)
      return "" -- nil would make LuaTeX open the name as given; "" opens nothing
    end
    return path
  end
end
callback.register = function(name, lookup, ...)
  if looked_up[name] then
    return register(name, checked(type(lookup) == "function" and lookup or nil))
  end
  return register(name, lookup, ...)
end
for name in pairs(looked_up) do
  register(name, checked(nil))
end

-- pdf.obj("file", path) and its kin read the file themselves, without the callback.
for _, name in ipairs({ "obj", "immediateobj" }) do
  local original = pdf[name]
  if original then
    pdf[name] = function(...)
      local arguments = { ... }
      for index, argument in ipairs(arguments) do
        local path = nil
        if argument == "file" or argument == "streamfile" then
          path = arguments[index + 1]
        elseif type(argument) == "table" and argument.file ~= nil then
          path = argument.file
        end
        if path ~= nil and not inside(path, false) then
          error(tostring(path) .. ": Permission denied (kldocs sandbox)", 2)
        end
      end
      return original(...)
    end
  end
end

-- Gone: each fails as a refused call does (libraries probe some of them).
local function gone(name)
  return function()
    return refused(name)
  end
end
for library, names in pairs({
  [io] = { "popen" },
  [os] = { "execute", "exec", "spawn", "kpsepopen", "tmpname", "tmpdir" },
  [lfs] = { "link", "lock_dir" },
  [package] = { "loadlib" },
  [debug] = { "getupvalue", "setupvalue", "upvaluejoin", "getlocal", "setlocal", "getregistry", "sethook" },
}) do
  for _, name in ipairs(names) do
    if library[name] then
      library[name] = gone(name)
    end
  end
end
package.cpath = ""
if package.searchers then
  package.searchers[4] = nil
  package.searchers[3] = nil
end
