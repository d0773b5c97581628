"""Linux namespaces for a submission: its own mounts, processes and network, and a filesystem of its own.

The fork server forks each child into a pid namespace of its own (`NextChildPidNamespace`: the
child is its pid 1). The child calls `enter_namespaces()`, then `enter_view(...)`: a fresh, empty
filesystem (a small tmpfs) into which only what the code needs is mounted, at the same paths as outside:

- the system's /usr (and the /bin, /lib ... links to it), read-only;
- the Python installation and the packages it has imported (learndash, pandas ...), read-only;
- /dev/null, /dev/zero, /dev/random, /dev/urandom, and a /proc of its own;
- the submission's own folder: a small tmpfs (its scratch folder, of `scratch_mb` at most) holding
  a copy of the staged files, owned by the submission's uid; and a small empty /tmp.

Nothing else exists there: no `solutions/`, no other student's folder, no instructor's home. Then
it `chroot`s into it. A private user id cannot leave a chroot, and a Python under /root (which a
private uid may not read) is readable there, because only the installation is mounted.
"""
from __future__ import annotations

import ctypes
import functools
import os
import shutil
import sys
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWIPC = 0x08000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000

MS_RDONLY = 1
MS_NOSUID = 2
MS_NODEV = 4
MS_NOEXEC = 8
MS_REMOUNT = 32
MS_BIND = 4096
MS_REC = 16384
MS_PRIVATE = 1 << 18

SYSTEM_PATHS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
DEVICES = ("null", "zero", "random", "urandom")


class NamespaceError(OSError):
    """The kernel refused a namespace or mount step; the message names the step."""


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _call(result: int, step: str) -> None:
    if result != 0:
        error = ctypes.get_errno()
        raise NamespaceError(error, f"{step}: {os.strerror(error)}")


def enter_namespaces(*, network: bool) -> None:
    """New mount, IPC (and, unless `network`, network) namespaces; mounts stop propagating out."""
    flags = CLONE_NEWNS | CLONE_NEWIPC | (0 if network else CLONE_NEWNET)
    _call(_libc().unshare(flags), "unshare")
    _mount(None, "/", None, MS_REC | MS_PRIVATE, "making mounts private")


class NextChildPidNamespace:
    """`with NextChildPidNamespace(): pid = os.fork()`: the child is pid 1 of a new pid namespace.

    `unshare(CLONE_NEWPID)` moves only the caller's *future* children, so the fork server itself
    stays where it is; on leaving the block it points its future children back at its own
    namespace, ready for the next one. One fork per submission, not two: the process that would
    only have waited for pid 1 is not needed, as the server reaps pid 1 itself. When pid 1 ends,
    the kernel kills every process left in its namespace.
    """

    def __init__(self) -> None:
        self._own = os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)

    def __enter__(self) -> NextChildPidNamespace:
        _call(_libc().unshare(CLONE_NEWPID), "unshare")
        return self

    def __exit__(self, *exc_info: object) -> None:
        _call(_libc().setns(self._own, CLONE_NEWPID), "setns back to the server's pid namespace")


def namespaces_work() -> str:
    """"" when a child here can enter the namespaces and mount its view, else what failed (for the refusal).

    Root in a container without CAP_SYS_ADMIN (Docker's default seccomp profile) cannot: grading
    must then refuse, not run with weaker isolation. Tried in a forked child, so this process stays
    in its own namespaces.
    """
    import tempfile

    folder = tempfile.mkdtemp(prefix="learndash-probe-")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            with NextChildPidNamespace():
                grandchild = os.fork()
                if grandchild == 0:  # what each child of the server does, as pid 1 of its namespace
                    answer = b"ok"
                    try:
                        enter_namespaces(network=False)
                        _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, "a tmpfs for the view", "size=1m")
                    except OSError as error:
                        answer = str(error).encode()
                    os.write(write, answer)
                    os._exit(0)
            os.waitpid(grandchild, 0)
        except OSError as error:
            os.write(write, str(error).encode())
        os._exit(0)
    os.close(write)
    answer = os.read(read, 4096).decode(errors="replace")
    os.close(read)
    os.waitpid(pid, 0)
    os.rmdir(folder)
    return "" if answer == "ok" else answer or "the probe ended without an answer"


def _mount(source: str | None, target: str, kind: str | None, flags: int, step: str, data: str | None = None) -> None:
    encode = (lambda text: text.encode() if text is not None else None)
    _call(_libc().mount(encode(source), encode(target), encode(kind), ctypes.c_ulong(flags), encode(data)), f"{step} ({target})")


@functools.lru_cache(maxsize=1)
def readable_paths() -> tuple[str, ...]:
    """What the code needs to read: the Python installation and every package it imported from elsewhere.

    A package outside the installation (learndash in a checkout) is mounted alone, not the folder
    holding it: the checkout's `solutions/` stays out of sight. Computed once, in the fork server
    after its imports, so each child inherits the answer.
    """
    prefixes = sorted({os.path.realpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)})
    paths = list(prefixes)
    for module in list(sys.modules.values()):
        where = getattr(module, "__file__", None)
        if not where or getattr(module, "__name__", "").count(".") != 0:
            continue
        where = os.path.realpath(where)
        if any(where.startswith(prefix + os.sep) for prefix in prefixes):
            continue
        package = os.path.dirname(where) if os.path.basename(where) == "__init__.py" else where
        if package not in paths and os.path.exists(package):
            paths.append(package)
    return tuple(paths)


def enter_view(root: str, *, home: str, readable: tuple[str, ...], uid: int, scratch_mb: int, tmp_mb: int = 16) -> None:
    """Build the view in the empty folder `root` and chroot into it (see the module docstring).

    What the student's code writes lands in memory-backed folders of a fixed size, which vanish
    with the namespace: it can neither fill the host's disk nor leave files behind.
    """
    _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "a tmpfs for the view", f"size={tmp_mb}m,mode=755")
    for path in SYSTEM_PATHS:
        if os.path.islink(path):
            os.symlink(os.readlink(path), root + path)
        elif os.path.isdir(path):
            _bind(path, root, writable=False)
    for path in readable:
        _bind(path, root, writable=False)
    os.makedirs(root + "/dev", mode=0o755)
    for device in DEVICES:
        open(f"{root}/dev/{device}", "w").close()
        _mount(f"/dev/{device}", f"{root}/dev/{device}", None, MS_BIND, "binding a device")
    os.makedirs(root + "/proc", mode=0o555)
    try:
        _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "a /proc of its own")
    except NamespaceError:
        pass  # outside a new pid namespace; Python runs without /proc
    # exist_ok: a package read from under /tmp (learndash unpacked there) was bound inside it already.
    os.makedirs(root + "/tmp", mode=0o777, exist_ok=True)
    os.chmod(root + "/tmp", 0o1777)
    _scratch_copy(home, root + home, uid=uid, size_mb=scratch_mb)
    os.chroot(root)
    os.chdir(home)


def _scratch_copy(home: str, target: str, *, uid: int, size_mb: int) -> None:
    """A tmpfs at `target`, owned by `uid`, holding a copy of the files staged in `home`."""
    os.makedirs(target, mode=0o755, exist_ok=True)
    _mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, "a tmpfs for the scratch folder", f"size={size_mb}m,mode=700")
    os.chown(target, uid, uid)
    for entry in os.scandir(home):
        if entry.is_file(follow_symlinks=False):
            copy = os.path.join(target, entry.name)
            shutil.copyfile(entry.path, copy)
            os.chown(copy, uid, uid)


def _bind(path: str, root: str, *, writable: bool) -> None:
    """Mount `path` at the same path inside the view (read-only unless `writable`)."""
    target = root + path
    if os.path.isdir(path):
        os.makedirs(target, mode=0o755, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
        Path(target).touch()
    _mount(path, target, None, MS_BIND | MS_REC, "binding a folder")
    flags = MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NODEV | (0 if writable else MS_RDONLY)
    _mount(None, target, None, flags, "making it read-only" if not writable else "remounting")
