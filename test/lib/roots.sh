# test/lib/roots.sh — Debian roots with another PostgreSQL server, made with
# debootstrap from the Debian archive the host's apt uses (sourced by
# test/suites/versions.sh).
#
# A root is cached in $FRN_ROOTS_DIR/<suite>-pg<N> and reused while its stamp
# file (written last) matches what would be installed; otherwise what is
# missing is installed, or, when debootstrap did not finish, the root is
# removed and made again.  Its packages are the ones ./install-deps.sh
# installs for that server version.

FRN_ROOTS_DIR=${FRN_ROOTS_DIR:-/var/tmp/frnews-roots}

# The host's Debian archive: the first apt source whose path ends in /debian
# (FRN_DEBIAN_MIRROR overrides it).
frn_host_mirror() {
	[ -n "${FRN_DEBIAN_MIRROR:-}" ] && { echo "$FRN_DEBIAN_MIRROR"; return; }
	local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
	cat "${files[@]}" 2>/dev/null |
		sed -nE -e 's/^URIs:[[:space:]]*//p' -e 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' |
		tr ' ' '\n' | grep -E '^https?://[^[:space:]]+/debian/?$' | head -1 | sed 's:/$::'
}

# Mount /proc, /dev and a private /dev/shm (PostgreSQL's shared memory) in
# root $1.  Callers undo it with frn_root_umount on every exit path.
frn_root_mount() {
	local r=$1
	mountpoint -q "$r/proc" || mount -t proc proc "$r/proc" || return 1
	if ! mountpoint -q "$r/dev"; then
		mount --bind /dev "$r/dev" && mount --make-private "$r/dev" || return 1
	fi
	mountpoint -q "$r/dev/shm" || mount -t tmpfs -o mode=1777,size=512m shm "$r/dev/shm" || return 1
}

frn_root_umount() {
	local r=$1 m
	for m in dev/shm dev proc; do
		mountpoint -q "$r/$m" 2>/dev/null && umount "$r/$m"
	done
	! grep -q " $r/" /proc/mounts
}

# Run a command as root inside root $1 with a clean environment.
frn_in_root() {
	local r=$1
	shift
	chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
		DEBIAN_FRONTEND=noninteractive "$@"
}

# Make root $3 of Debian suite $1 with PostgreSQL $2 unless a complete one is
# cached: debootstrap once (stamp .frnews-base), then install-deps.sh inside
# (stamp .frnews-ready: the package list, so a changed list installs what is
# missing).  Returns non-zero on failure; a root without .frnews-base is
# removed and made again by the next call.
frn_root_ensure() {
	local suite=$1 pgver=$2 r=$3 mirror want rc=0
	want=$(FRN_PG_VERSION=$pgver "$FRN_ROOT/install-deps.sh" --list | tr '\n' ' ')
	[ -f "$r/.frnews-ready" ] && [ "$(cat "$r/.frnews-ready")" = "$want" ] && return 0
	mkdir -p "$FRN_ROOTS_DIR"
	if [ ! -f "$r/.frnews-base" ]; then
		mirror=$(frn_host_mirror)
		[ -n "$mirror" ] || { echo "no Debian archive in the host's apt sources"; return 1; }
		echo "debootstrap $suite into $r"
		if [ -e "$r" ]; then
			frn_root_umount "$r" || { echo "$r: still mounted"; return 1; }
			rm -rf --one-file-system "$r" || return 1
		fi
		if ! command -v debootstrap >/dev/null; then
			echo "installing debootstrap"
			# (both roots may ask at once: wait for the other's dpkg lock)
			local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=600)
			{ "${apt[@]}" install debootstrap || { "${apt[@]}" update && "${apt[@]}" install debootstrap; }; } \
				>"$r.debootstrap.log" 2>&1 || { tail -5 "$r.debootstrap.log"; return 1; }
		fi
		# debootstrap checks the Release signature but not its Valid-Until date.
		debootstrap --variant=minbase "$suite" "$r" "$mirror" >"$r.debootstrap.log" 2>&1 ||
			{ tail -5 "$r.debootstrap.log"; return 1; }
		# Debian unstable's Release in the archive may be past its Valid-Until
		# date; these roots only ever read that archive, so apt accepts it.
		echo 'Acquire::Check-Valid-Until "false";' >"$r/etc/apt/apt.conf.d/99frnews-valid-until"
		# No service starts inside the root, and installing the server makes
		# no cluster (the tests make their own); keep that configuration.
		printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"
		chmod 755 "$r/usr/sbin/policy-rc.d"
		mkdir -p "$r/etc/postgresql-common"
		echo "create_main_cluster = false" >"$r/etc/postgresql-common/createcluster.conf"
		echo 'Dpkg::Options { "--force-confold"; };' >"$r/etc/apt/apt.conf.d/99frnews-confold"
		touch "$r/.frnews-base"
	fi
	echo "installing into $r: $want"
	cp "$FRN_ROOT/install-deps.sh" "$r/tmp/install-deps.sh"
	frn_root_mount "$r" || rc=1
	[ $rc -eq 0 ] && { frn_in_root "$r" FRN_PG_VERSION="$pgver" bash /tmp/install-deps.sh >"$r.install.log" 2>&1 || rc=1; }
	frn_root_umount "$r" || rc=1
	rm -f "$r/tmp/install-deps.sh"
	[ $rc -eq 0 ] || { tail -15 "$r.install.log"; return 1; }
	frn_in_root "$r" apt-get clean
	echo "$want" >"$r/.frnews-ready"
}
