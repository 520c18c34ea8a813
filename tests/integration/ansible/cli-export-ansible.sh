#!/bin/sh
# Usage: cli-export-ansible.sh ROUTESTUDIO_CLI
set -eu
cli=$1
if ! command -v ansible-playbook >/dev/null 2>&1; then
  echo "SKIP: ansible-playbook not installed (Debian package ansible)"
  [ "${ROUTESTUDIO_CI:-}" = 1 ] && exit 1 # scripts/test installs it: missing is a failure
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cli" example "$tmp/src" 2>/dev/null
"$cli" export "$tmp/src/example.topology.json" --secrets "$tmp/src/example.secrets.json" \
  -o "$tmp/out" --all > "$tmp/written"
grep -q 'site-hq.tar.gz$' "$tmp/written" || fail "no site-hq bundle"
grep -q 'user-staff-alice.tar.gz$' "$tmp/written" || fail "no user bundle for alice"

# Every bundle: mode 0600, and the README's verify step passes.
for archive in "$tmp"/out/*.tar.gz; do
  [ "$(stat -c %a "$archive")" = 600 ] || fail "$archive is not 0600"
  mkdir "$tmp/x"
  tar -xzf "$archive" -C "$tmp/x"
  (cd "$tmp"/x/* && sha256sum -c --quiet SHA256SUMS) || fail "sha256sum -c failed for $archive"
  rm -rf "$tmp/x"
done
# Reproducible: a second export gives byte-identical archives.
"$cli" export "$tmp/src/example.topology.json" --secrets "$tmp/src/example.secrets.json" \
  -o "$tmp/out2" > /dev/null
for archive in "$tmp"/out/*.tar.gz; do
  cmp -s "$archive" "$tmp/out2/$(basename "$archive")" || fail "$(basename "$archive") differs"
done

export ANSIBLE_HOME="$tmp/ansible-home" ANSIBLE_LOCAL_TEMP="$tmp/ansible-tmp" \
  ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=0 ANSIBLE_PYTHON_INTERPRETER=/usr/bin/python3
cd "$tmp/out/ansible"
ansible-inventory -i inventory.ini --list > "$tmp/inventory.json"
ansible-playbook -i inventory.ini --syntax-check site.yml > /dev/null
ansible-playbook -i inventory.ini --syntax-check audit.yml > /dev/null

hosts=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["linux_strongswan"]["hosts"]))' "$tmp/inventory.json")
[ -n "$hosts" ] || fail "no Linux hosts in the inventory"
for host in $hosts; do
  root="$tmp/root-$host"
  mkdir "$root"
  ansible-playbook -i inventory.ini site.yml --limit "$host" -c local \
    -e "routestudio_root=$root" -e routestudio_become=false -e routestudio_reload=false > "$tmp/run.log" \
    || { cat "$tmp/run.log"; fail "playbook failed for $host"; }
  # Every listed file is there, byte-identical, with its mode.
  python3 - "$tmp/inventory.json" "$host" "$root" <<'PY' || fail "files of $host"
import json, os, stat, sys
inv, host, root = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
files = inv["_meta"]["hostvars"][host]["routestudio_files"]
for f in files:
    dest = os.path.join(root, f["path"])
    src = os.path.join("files", host, f["path"])
    mode = stat.S_IMODE(os.lstat(dest).st_mode)
    if mode != int(f["mode"], 8):
        sys.exit("%s: mode %o, expected %s" % (dest, mode, f["mode"]))
    if open(dest, "rb").read() != open(src, "rb").read():
        sys.exit("%s: content differs" % dest)
print("%s: %d files installed with their modes" % (host, len(files)))
PY
  # The audit play (docs/check.md, "Fleet") on the same box: the collection
  # lands here and routestudio-cli check reads it. Run in a network namespace
  # of its own when root, so it reads an empty one rather than this machine's.
  ns=""
  if [ "$(id -u)" = 0 ] && ip netns add "rs-audit-$$" 2>/dev/null; then
    ns="ip netns exec rs-audit-$$"
  fi
  $ns ansible-playbook -i inventory.ini audit.yml --limit "$host" -c local \
    -e "routestudio_root=$root" -e routestudio_become=false \
    -e "routestudio_collections=$tmp/collections" > "$tmp/audit.log" 2>&1 \
    || { [ -z "$ns" ] || ip netns del "rs-audit-$$"; cat "$tmp/audit.log"; fail "audit.yml failed for $host"; }
  [ -z "$ns" ] || ip netns del "rs-audit-$$"
  col="$tmp/collections/$host"
  for f in ip-route.json ip-link.json sysctl.txt; do
    [ -s "$col/$f" ] || fail "audit.yml collected no $f for $host"
  done
  rc=0
  "$cli" check "$tmp/src/example.topology.json" --site "$host" --secrets "$tmp/src/example.secrets.json" \
    --from "$col" > "$tmp/check.txt" 2>&1 || rc=$?
  # No charon runs here: its SAs are absent; the fetched files are the installed ones.
  [ "$rc" = 1 ] || { cat "$tmp/check.txt"; fail "check --from the audit of $host exited $rc, not 1"; }
  grep -q '^error file-drift' "$tmp/check.txt" && { cat "$tmp/check.txt"; fail "the audit fetched other files than site.yml installed for $host"; }
  grep -qE '^error (sa-down|not-collected)' "$tmp/check.txt" || { cat "$tmp/check.txt"; fail "check of $host names no missing SA"; }
done
echo "PASS"
