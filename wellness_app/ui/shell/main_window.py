"""The main window: a sidebar of pages (created lazily the first time each is shown), the
menu bar (File, View, Help), and remembered geometry and page.

It starts as a shell (menus, the crisis support button, an "Opening your journal…" area
or the early Today preview) over a `ShellContext`; `open_journal` registers the pages
(`registry.PAGES`) and runs the window features (`features.WINDOW_FEATURES`) once the
journal is open. A page is refreshed when shown; changes announced on `state.changed`
reach the pages that show them (`ui.common.page.follow_changes`)."""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_app.ui.common import theme
from wellness_app.ui.common.context import ShellContext, UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.icons import blank_icon
from wellness_app.ui.common.page import Page, TakesPayload
from wellness_app.ui.common.quitting import prepare_for_logout, request_quit
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.crisis.button import install_crisis_button
from wellness_app.ui.shell.help_menu import add_help_actions
from wellness_app.ui.shell.page_stack import PageStack

if TYPE_CHECKING:
    from wellness_app.ui.desktop.tray import TrayController
    from wellness_app.ui.privacy.actions import PrivacyActions
    from wellness_app.ui.privacy.lock import AutoLock

log = logging.getLogger(__name__)
T = TypeVar("T")


PREFERRED_SIZE = QSize(1100, 720)
SCREEN_SHARE = 0.9  # a first window takes at most this much of the available screen


def fitting_size(available: QSize) -> QSize:
    """The first-start window size: the preferred size, shrunk to fit the screen's
    available area (taskbars excluded) on small screens such as 1024×600."""
    return QSize(min(PREFERRED_SIZE.width(), int(available.width() * SCREEN_SHARE)),
                 min(PREFERRED_SIZE.height(), int(available.height() * SCREEN_SHARE)))


class MainWindow(QMainWindow):
    def __init__(self, ctx: ShellContext) -> None:
        """The shell; given a `UiContext` (an open journal) it opens it at once."""
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(translate("MainWindow", "Wellness Journal"))
        self._pages: dict[str, QWidget] = {}
        self._classes: dict[str, type[Page]] = {}  # registered by open_journal
        self._order: list[str] = []
        self._features: dict[type, object] = {}
        self._preview: QWidget | None = None

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(translate("MainWindow", "Pages"))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setStyleSheet("QListWidget { font-size: 14px; border: none; outline: 0;"
                                   " background: palette(alternate-base); }"
                                   " QListWidget:focus { border-right: 3px solid"
                                   " palette(highlight); }"
                                   " QListWidget::item { padding: 9px 14px; }")
        self.stack = PageStack()
        opening = QLabel(translate("MainWindow", "Opening your journal…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(opening)
        self._build_menus()
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        self.page_header = QLabel()
        self.page_header.setObjectName("pageHeader")
        self.page_header.setWordWrap(True)
        self.page_header.setContentsMargins(24, 12, 24, 0)
        self.page_header.hide()  # until a page is shown
        page_area = QVBoxLayout()
        page_area.setSpacing(0)
        page_area.addWidget(self.page_header)
        page_area.addWidget(self._scrolling(self.stack), 1)
        layout.addLayout(page_area, 1)
        self.setCentralWidget(central)
        self.statusBar()
        ctx.state.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.state.navigate.connect(self.show_page)
        self.resize(fitting_size(self.screen().availableGeometry().size()))
        geometry = ctx.settings.get(Keys.window_geometry)
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)  # Qt moves it back onto a screen that shrank
        app = QApplication.instance()
        if isinstance(app, QApplication):  # logging out must not be blocked by the tray
            app.commitDataRequest.connect(self.on_logout, Qt.ConnectionType.DirectConnection)
        # on screen from the first frame; it follows the context once the journal opens
        self.crisis_action = install_crisis_button(self, lambda: self.ctx)
        if isinstance(ctx, UiContext):
            self.open_journal(ctx)

    def _scrolling(self, stack: QStackedWidget) -> QScrollArea:
        """Pages scroll up and down when the screen is lower than a page (1024×600); only
        the page shown counts towards the size the window needs."""
        self._policies: dict[int, QSizePolicy] = {}
        stack.currentChanged.connect(self._size_by_current_page)
        area = QScrollArea()
        area.setObjectName("pageScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(stack)
        return area

    def _size_by_current_page(self, current: int) -> None:
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for index in range(self.stack.count()):
            widget = self.stack.widget(index)
            if widget is None:
                continue
            own = self._policies.setdefault(id(widget), widget.sizePolicy())
            widget.setSizePolicy(own if index == current else ignored)

    def open_journal(self, ctx: UiContext) -> None:
        """The journal is open: register the pages and run the window features."""
        from wellness_app.ui.shell.features import WINDOW_FEATURES
        from wellness_app.ui.shell.registry import PAGES

        self.ctx = ctx
        blank = blank_icon(20)  # real icons after the first paint: see _set_icons
        self.sidebar.blockSignals(True)
        for cls in PAGES:
            self._classes[cls.key] = cls
            self._order.append(cls.key)
            item = QListWidgetItem(blank, translate("pages", cls.title))
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        self._add_page_actions()
        self._set_icons()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # once the window has painted: see theme.py
            theme.style_indicators(app)
        for install in WINDOW_FEATURES:
            install(self, ctx)
        self._quit_last()

    # -- features -------------------------------------------------------------------------
    def add_feature(self, feature: object) -> None:
        """Keep a feature's controller (the tray, auto-lock…) for `feature(Type)`."""
        self._features[type(feature)] = feature

    def feature(self, kind: type[T]) -> T | None:
        found = self._features.get(kind)
        return cast(T, found) if found is not None else None

    @property
    def tray(self) -> TrayController | None:
        from wellness_app.ui.desktop.tray import TrayController

        return self.feature(TrayController)

    @property
    def auto_lock(self) -> AutoLock | None:
        from wellness_app.ui.privacy.lock import AutoLock

        return self.feature(AutoLock)

    @property
    def privacy_actions(self) -> PrivacyActions | None:
        from wellness_app.ui.privacy.actions import PrivacyActions

        return self.feature(PrivacyActions)

    def on_logout(self, _manager: object) -> None:
        """`commitDataRequest`: the session is ending (logout, shutdown)."""
        prepare_for_logout(self.ctx)
        self.ctx.settings.set(Keys.window_geometry, self.saveGeometry())

    def _quit_last(self) -> None:
        """Features add to File after Quit; desktop users expect Quit last."""
        self.file_menu.removeAction(self.quit_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def _add_page_actions(self) -> None:
        """View › Pages and the Ctrl+1…9 shortcuts (once the journal is open: pages need it)."""
        for key in self._order:
            cls = self._classes[key]
            action = QAction(translate("pages", cls.title), self)
            if cls.shortcut:
                action.setShortcut(QKeySequence(cls.shortcut))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.pages_menu.addAction(action)

    def _set_icons(self) -> None:
        """Sidebar, View › Pages and toolbar icons; set once the window has painted (QtSvg).
        Until then the sidebar shows blank icons of the same size, so nothing moves."""
        from wellness_app.ui.common.icons import page_icon, show_deferred_icons

        show_deferred_icons(self)
        for row, (key, action) in enumerate(zip(self._order, self.pages_menu.actions(),
                                                strict=True)):
            icon = page_icon(key)
            self.sidebar.item(row).setIcon(icon)
            action.setIcon(icon)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        quit_action = file_menu.addAction(translate("MainWindow", "&Quit"))
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(lambda: request_quit(self, self.ctx))
        self.quit_action = quit_action
        self.file_menu = file_menu
        file_menu.setObjectName("fileMenu")  # features find menus by name (ui/menus.py)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_menu.setObjectName("viewMenu")
        self.pages_menu = self.view_menu.addMenu(translate("MainWindow", "&Pages"))
        appearance = self.view_menu.addMenu(translate("MainWindow", "&Appearance"))
        group = QActionGroup(self)
        names = {"system": translate("MainWindow", "Follow the system"),
                 "light": translate("MainWindow", "Light"),
                 "dark": translate("MainWindow", "Dark")}
        current = self.ctx.settings.get(Keys.theme)
        self.theme_actions: dict[str, QAction] = {}
        for choice in theme.THEMES:
            action = appearance.addAction(names[choice])
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.triggered.connect(lambda _=False, c=choice: self.set_theme(c))
            group.addAction(action)
            self.theme_actions[choice] = action
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_menu.setObjectName("helpMenu")
        add_help_actions(self.help_menu, self, self._show_about)

    def _show_about(self) -> None:
        from wellness_app.ui.shell.about import show_about

        show_about(self, self.ctx.data_dir)

    def set_theme(self, choice: str) -> None:
        """Apply and remember the light/dark choice ("system" follows the OS)."""
        self.ctx.settings.set(Keys.theme, choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, choice)

    def start(self) -> None:
        """Show the remembered page (call after show(), so start-up paints first); the
        early preview, if any, goes."""
        self.show_page(self.remembered_page())
        if self._preview is not None:
            self.stack.removeWidget(self._preview)
            self._preview.deleteLater()
            self._preview = None

    def show_preview(self, widget: QWidget, title: str, purpose: str) -> None:
        """A read-only stand-in shown while the journal opens (boot: Today's entries)."""
        self._preview = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._set_header(translate("pages", title), translate("pages", purpose))

    def remembered_page(self) -> str:
        """The page shown last time (settings), for start-up."""
        last = self.ctx.settings.get(Keys.last_page)
        return last if last in self._classes or not self._order else self._order[0]

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, building it on first use (once the journal is open)."""
        if key not in self._pages:
            from wellness_app.ui.today.page import TodayPage

            assert isinstance(self.ctx, UiContext), "pages exist once the journal is open"
            widget = cast(QWidget, self._classes[key](self.ctx, self.stack))
            if isinstance(widget, TodayPage):
                from wellness_app.ui.shell.features import TODAY_BANNERS

                for banner in TODAY_BANNERS:
                    widget.add_banner(banner(self.ctx, widget))
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def close_pages(self) -> str:
        """Drop every page and the data it holds (the auto-lock); the key of the one shown."""
        shown = self.current_page_key()
        for widget in list(self._pages.values()):
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        return shown

    def show_page(self, key: str, payload: object = None) -> None:
        if key not in self._classes:
            log.warning("Unknown page %s", key)
            return
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self._select_row(key)
        self._show_header(key)
        cast(Page, widget).refresh()
        if payload is not None and isinstance(widget, TakesPayload):
            widget.open_payload(payload)
        self.ctx.settings.set(Keys.last_page, key)

    def _show_header(self, key: str) -> None:
        """Every page's title and its one-sentence purpose, above the page."""
        cls = self._classes[key]
        self._set_header(translate("pages", cls.title), translate("pages", cls.purpose))

    def _set_header(self, title: str, purpose: str) -> None:
        title = html.escape(title, quote=False)
        purpose = html.escape(purpose, quote=False)
        self.page_header.setText(f"<span style='font-size: 17px; font-weight: 600;'>{title}"
                                 f"</span><br>{purpose}")
        self.page_header.setAccessibleName(f"{title}: {purpose}")
        self.page_header.show()

    def _select_row(self, key: str) -> None:
        # always set: focus alone can make a row current without selecting (highlighting) it
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(self._order.index(key))
        self.sidebar.blockSignals(False)

    def current_page_key(self) -> str:
        row = self.sidebar.currentRow()
        return self._order[row] if row >= 0 else self._order[0] if self._order else ""

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._order):
            self.show_page(self._order[row])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set(Keys.window_geometry, self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)
