"""ui.common.operations: work off the GUI thread on the real QThreadPool, outcomes back on
the GUI thread; user errors apart from bugs; cancel; nothing delivered to a deleted owner."""

from __future__ import annotations

import errno
import logging
import threading

import pytest
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wellness_app.domain.errors import UserError
from wellness_app.ui.common.operations import Failure, Job, Operation


@pytest.fixture
def owner(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_success_runs_off_the_gui_thread_and_arrives_on_it(qtbot, owner) -> None:  # type: ignore[no-untyped-def]
    worked_on: list[QThread] = []
    got: list[tuple[int, QThread]] = []

    def work(job: Job) -> int:
        worked_on.append(QThread.currentThread())
        return 42

    op = Operation(owner, work).on_success(
        lambda value: got.append((value, QThread.currentThread()))).run_in_background()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert worked_on[0] is not gui_thread()
    assert got == [(42, gui_thread())]
    assert op.result == 42 and not op.running


def test_a_user_error_reaches_on_failure_with_its_message(qtbot, owner, caplog) -> None:  # type: ignore[no-untyped-def]
    failures: list[Failure] = []

    def work(job: Job) -> None:
        raise UserError("That file is not a Daylio export.")

    with caplog.at_level(logging.CRITICAL):
        Operation(owner, work).on_failure(failures.append).run_in_background()
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures[0].message == "That file is not a Daylio export."
    assert not failures[0].bug
    assert not caplog.records  # a user error is not logged as a bug


def test_a_full_disk_is_the_environment_not_a_bug(qtbot, owner) -> None:  # type: ignore[no-untyped-def]
    failures: list[Failure] = []

    def work(job: Job) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/media/stick/out.zip")

    Operation(owner, work).on_failure(failures.append).run_in_background()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert not failures[0].bug
    assert failures[0].message.startswith("/media/stick/out.zip: The disk is full.")


def test_a_bug_is_logged_without_its_message_and_reported_plainly(qtbot, owner, caplog) -> None:  # type: ignore[no-untyped-def]
    failures: list[Failure] = []

    note = "a note the person wrote"

    def work(job: Job) -> None:
        raise KeyError(note)

    with caplog.at_level(logging.CRITICAL):
        Operation(owner, work).on_failure(failures.append).run_in_background()
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures[0].bug and isinstance(failures[0].error, KeyError)
    assert "Something went wrong" in failures[0].message
    assert "a note the person wrote" not in failures[0].message
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "KeyError" in logged and "a note the person wrote" not in logged


def test_without_on_failure_a_bug_goes_to_the_crash_dialog(qtbot, owner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    hooked: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: hooked.append(kind))

    def work(job: Job) -> None:
        raise ZeroDivisionError

    Operation(owner, work).run_in_background()
    qtbot.waitUntil(lambda: bool(hooked), timeout=10_000)
    assert hooked == [ZeroDivisionError]


def test_without_on_failure_a_user_error_is_a_warning(qtbot, owner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: warned.append(text)))

    def work(job: Job) -> None:
        raise UserError("Nothing to import.")

    Operation(owner, work).run_on_gui()
    assert warned == ["Nothing to import."]


def test_cancel_stops_the_work_and_only_on_cancelled_runs(qtbot, owner) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    seen: list[str] = []
    progress: list[tuple[int, int]] = []

    def work(job: Job) -> str:
        started.set()
        for step in range(100_000):
            job.progress(step, 100_000)
            job.cancel.check()
            threading.Event().wait(0.001)
        return "finished"

    op = (Operation(owner, work).on_success(lambda v: seen.append("success"))
          .on_failure(lambda f: seen.append("failure"))
          .on_cancelled(lambda: seen.append("cancelled"))
          .on_progress(lambda done, total: progress.append((done, total))))
    op.run_in_background()
    assert started.wait(10)
    qtbot.waitUntil(lambda: bool(progress), timeout=10_000)
    op.cancel()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == ["cancelled"] and op.was_cancelled and op.result is None
    assert all(total == 100_000 for _done, total in progress)


def test_nothing_reaches_a_deleted_owner_and_its_work_is_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []
    polled: list[bool] = []

    def work(job: Job) -> str:
        started.set()
        release.wait(10)
        polled.append(job.cancel.cancelled)
        return "late"

    op = (Operation(owner, work).on_success(delivered.append)
          .on_failure(delivered.append).on_cancelled(lambda: delivered.append("cancelled")))
    op.run_in_background()
    assert started.wait(10)
    owner.deleteLater()
    qtbot.waitUntil(lambda: op.job.cancel.cancelled, timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: not op.running, timeout=10_000)
    assert polled == [True]  # the work could see it was no longer wanted
    assert delivered == []


def test_writes_in_order_run_one_after_another(qtbot, owner) -> None:  # type: ignore[no-untyped-def]
    order: list[int] = []
    active: list[int] = []
    overlap: list[bool] = []

    def write(n: int) -> None:
        active.append(n)
        overlap.append(len(active) > 1)
        threading.Event().wait(0.01 * (5 - n))  # the first ones are the slowest
        order.append(n)
        active.remove(n)

    for n in range(5):
        Operation(owner, lambda job, n=n: write(n)).in_order().run_in_background()
    qtbot.waitUntil(lambda: len(order) == 5, timeout=10_000)
    assert order == [0, 1, 2, 3, 4] and not any(overlap)


def test_quit_waits_for_running_work(qtbot, owner) -> None:  # type: ignore[no-untyped-def]
    done = threading.Event()

    def work(job: Job) -> None:
        threading.Event().wait(0.2)
        done.set()

    Operation(owner, work).in_order().run_in_background()
    QThreadPool.globalInstance().waitForDone()  # what the app does at quit
    assert done.is_set()
