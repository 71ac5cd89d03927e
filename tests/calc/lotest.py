"""Helpers for the end-to-end tests of the Calc extension.

Every LibreOffice process is started in its own process group, with a
throwaway profile under a temporary directory and a pipe name of its own,
and is stopped (killed if need be) before the helper returns, also when a
test fails.  Nothing here computes an expected value.
"""

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import uno  # noqa: F401  (python3-uno; makes com.sun.star importable)
from com.sun.star.connection import NoConnectException
from com.sun.star.beans import PropertyValue

SOFFICE = os.environ.get("SRM_SOFFICE", "soffice")
UNOPKG = os.environ.get("SRM_UNOPKG", "unopkg")
START_TIMEOUT = 90  # seconds for an office to accept a connection
RUN_TIMEOUT = 120   # seconds for soffice --terminate_after_init, unopkg


def log(*args):
    print(*args, flush=True)


def _kill_group(proc):
    """Kills a process group started by this module; waits for the leader."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


def run(cmd, timeout=RUN_TIMEOUT, env=None, cwd=None):
    """Runs a command in its own process group; kills the group on timeout
    and after it ends (soffice may leave children)."""
    log("$", " ".join(cmd))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=env, cwd=cwd,
                            start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise RuntimeError("timed out after %ss: %s" % (timeout, cmd))
    finally:
        _kill_group(proc)
    text = out.decode("utf-8", "replace")
    if text.strip():
        log(text.rstrip())
    if proc.returncode != 0:
        raise RuntimeError("exit status %s: %s" % (proc.returncode, cmd))
    return text


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Workspace:
    """A temporary directory for profiles and files, removed at the end."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="srm-calc-")
        # unopkg refuses to run as root: as root the profile is used by the
        # unprivileged user 'nobody', so the directory must be open to it.
        os.chmod(self.dir, 0o755)

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def leftovers(self):
        """Processes still using this workspace (found by its unique path
        on their command line), which are then killed."""
        found = []
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or int(pid) == os.getpid():
                continue
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    cmdline = f.read().decode("utf-8", "replace")
            except OSError:
                continue
            if self.dir in cmdline:
                found.append((int(pid), cmdline.replace("\0", " ")))
        for pid, _ in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return found

    def close(self):
        left = self.leftovers()
        if os.environ.get("SRM_KEEP_TEMP"):
            log("kept", self.dir)
            return
        shutil.rmtree(self.dir, ignore_errors=True)
        if left:
            raise RuntimeError("processes left running (now killed): %r" %
                               left)


class Profile:
    """A throwaway, initialised LibreOffice user profile."""

    def __init__(self, ws, name):
        self.dir = ws.path(name)
        self.home = ws.path(name + "-home")
        os.makedirs(self.dir)
        os.makedirs(self.home)
        self.url = file_url(self.dir)
        self.env_arg = "-env:UserInstallation=" + self.url
        start = time.monotonic()
        run([SOFFICE, "--headless", "--invisible", "--norestore",
             "--nologo", "--terminate_after_init", self.env_arg],
            env=self._env())
        log("profile %s initialised in %.1f s" % (name,
                                                   time.monotonic() - start))

    def _env(self):
        env = dict(os.environ)
        env["HOME"] = self.home
        env.pop("DISPLAY", None)
        return env

    def set_ui_language(self, lang):
        """Sets the user interface language in registrymodifications.xcu."""
        xcu = os.path.join(self.dir, "user", "registrymodifications.xcu")
        with open(xcu, encoding="utf-8") as f:
            text = f.read()
        item = ('<item oor:path="/org.openoffice.Office.Linguistic/General">'
                '<prop oor:name="UILocale" oor:op="fuse"><value>%s</value>'
                '</prop></item>\n' % lang)
        text = text.replace("</oor:items>", item + "</oor:items>")
        with open(xcu, "w", encoding="utf-8") as f:
            f.write(text)

    def add_extension(self, oxt):
        """Installs an .oxt with the real `unopkg add`, as a user would."""
        cmd = [UNOPKG, "add", "--suppress-license", "--verbose", oxt,
               self.env_arg]
        env = self._env()
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            copy = os.path.join(self.home, os.path.basename(oxt))
            shutil.copy(oxt, copy)
            for root in (self.dir, self.home):
                os.chown(root, nobody.pw_uid, nobody.pw_gid)
                for base, dirs, files in os.walk(root):
                    for n in dirs + files:
                        os.lchown(os.path.join(base, n), nobody.pw_uid,
                                  nobody.pw_gid)
            cmd = (["runuser", "-u", "nobody", "--", "env",
                    "HOME=" + self.home] +
                   [UNOPKG, "add", "--suppress-license", "--verbose", copy,
                    self.env_arg])
        # unopkg changes into the current directory, which `nobody` may not
        # be allowed to enter (a checkout under /root): run it from its home.
        start = time.monotonic()
        run(cmd, env=env, cwd=self.home)
        log("unopkg add took %.1f s" % (time.monotonic() - start))
        out = run([UNOPKG, "list", self.env_arg] if os.geteuid() != 0 else
                  ["runuser", "-u", "nobody", "--", "env",
                   "HOME=" + self.home, UNOPKG, "list", self.env_arg],
                  env=env, cwd=self.home)
        if "org.salesroadmap.calc" not in out:
            raise RuntimeError("unopkg list does not show the extension")


class Office:
    """A headless soffice on a profile, reachable through a unique pipe."""

    def __init__(self, profile):
        self.pipe = "srm-calc-" + uuid.uuid4().hex
        env = dict(os.environ)
        env["HOME"] = profile.home
        env.pop("DISPLAY", None)
        cmd = [SOFFICE, "--headless", "--invisible", "--norestore",
               "--nologo", "--nodefault", "--nolockcheck",
               "--accept=pipe,name=%s;urp;" % self.pipe, profile.env_arg]
        log("$", " ".join(cmd))
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, env=env,
                                     start_new_session=True)
        self.started = time.monotonic()
        try:
            self._connect()
        except BaseException:
            self.stop()
            raise

    def _connect(self):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = ("uno:pipe,name=%s;urp;StarOffice.ComponentContext" %
               self.pipe)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("soffice exited with %s before accepting "
                                   "a connection" % self.proc.returncode)
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise RuntimeError("soffice did not accept a connection")
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.ctx)
        log("office up in %.1f s" % (time.monotonic() - self.started))

    def create(self, name):
        return self.smgr.createInstanceWithContext(name, self.ctx)

    def new_sheet(self):
        return self.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, (hidden(),))

    def load(self, path):
        return self.desktop.loadComponentFromURL(
            file_url(path), "_blank", 0, (hidden(),))

    def stop(self):
        try:
            if getattr(self, "desktop", None) is not None:
                try:
                    self.desktop.terminate()
                except Exception:
                    pass  # the bridge is disposed as soffice exits
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                log("soffice did not stop: killing it")
        finally:
            _kill_group(self.proc)


def hidden():
    p = PropertyValue()
    p.Name = "Hidden"
    p.Value = True
    return p


def store(doc, path, filter_name="calc8"):
    p = PropertyValue()
    p.Name = "FilterName"
    p.Value = filter_name
    doc.storeToURL(file_url(path), (p,))


@contextlib.contextmanager
def office(profile):
    o = Office(profile)
    try:
        yield o
    finally:
        o.stop()


@contextlib.contextmanager
def workspace():
    ws = Workspace()
    try:
        yield ws
    finally:
        ws.close()
