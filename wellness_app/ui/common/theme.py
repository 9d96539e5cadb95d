"""Calm light and dark palettes on the Fusion style, following the OS colour scheme.

The setting `Keys.theme` is "system" (default: follow the OS, also when it changes
while the app runs), "light" or "dark". Switching is live, through one mechanism:

- `apply_theme` sets the palette, then `restyle` re-applies every widget style sheet
  (Qt resolves `palette(...)` in them once, when the sheet is set) and every "tone".
- Tones are the few colours a palette has no role for: `set_tone(label, "error")`
  instead of a colour literal; each theme has one readable value (contrast >= 4.5:1).
- Widgets that read colours in code (plots, painted views) re-read them in
  `on_palette_change(widget, callback)`; `style_plot` colours a pyqtgraph plot.
- `style_indicators` draws radio buttons and check boxes with a clear ring in both themes
  (Fusion outlines them in a shade darker than the window: on dark they all but vanish).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("system", "light", "dark")

_LIGHT = {
    "Window": "#f4f5f2", "WindowText": "#1f2421", "Base": "#ffffff",
    "AlternateBase": "#eceee9", "Text": "#1f2421", "Button": "#e8eae5",
    "ButtonText": "#1f2421", "Highlight": "#3a6e8f", "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffff", "ToolTipText": "#1f2421", "PlaceholderText": "#5f6661",
    "Link": "#2d5d7b", "Mid": "#b9bdb6", "Light": "#ffffff", "Dark": "#9ea39b",
    "BrightText": "#b3261e",
}
_DARK = {
    "Window": "#1e2124", "WindowText": "#e3e5e2", "Base": "#25292d",
    "AlternateBase": "#2c3136", "Text": "#e3e5e2", "Button": "#30353a",
    "ButtonText": "#e3e5e2", "Highlight": "#6fa3c4", "HighlightedText": "#101315",
    "ToolTipBase": "#30353a", "ToolTipText": "#e3e5e2", "PlaceholderText": "#a3aaa6",
    "Link": "#8cbad6", "Mid": "#4a5056", "Light": "#3a4046", "Dark": "#15181a",
    "BrightText": "#ff8a80",
}
#: colours with no palette role, per theme: (light, dark); text tones are readable
#: (WCAG contrast >= 4.5:1) on Window, Base and AlternateBase of their theme
TONES: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#f2b8b5"),
    "muted": (_LIGHT["PlaceholderText"], _DARK["PlaceholderText"]),
}
_TONE_PROPERTY = "wellnessTone"
_TONE_CSS_PROPERTY = "wellnessToneCss"
_INDICATORS_PROPERTY = "wellnessIndicators"
_FUSION_PROPERTY = "wellnessFusion"


def make_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role_name, colour in (_DARK if dark else _LIGHT).items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    muted = QColor("#7d837f") if dark else QColor("#8a8f8a")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return system_is_dark()


#: Qt's own command-line option, used by app.run_gui: Fusion from the start, without a
#: Python QStyle object (creating one builds all its enums: ~4 ms of every start-up)
FUSION_ARGS = ["-style", "Fusion"]


def apply_theme(app: QApplication, choice: str = "system", *, in_fusion: bool = False) -> bool:
    """Apply Fusion (unless `in_fusion`: started with FUSION_ARGS) with the light or dark
    palette, live; returns True if dark."""
    dark = is_dark(choice if choice in THEMES else "system")
    # asked once per app: once the indicator sheet is set, style() is a style-sheet
    # wrapper with no name, and replacing the style under it would crash Qt
    if not in_fusion and not app.property(_FUSION_PROPERTY) \
            and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setProperty(_FUSION_PROPERTY, True)
    app.setPalette(make_palette(dark))
    if app.property(_INDICATORS_PROPERTY):
        style_indicators(app)
    restyle(app)
    return dark


def style_indicators(app: QApplication) -> None:
    """An app-wide style sheet for radio and check indicators in the theme's colours: a
    ring readable on Window and Base (>= 3:1), filled with Highlight when checked. Call it
    after the first paint (an app-wide sheet costs start-up time); themes keep it."""
    from wellness_app.resources import resource_path

    colours = _DARK if palette_is_dark() else _LIGHT
    tick = resource_path("icons", "indicators",
                         f"check-{'dark' if palette_is_dark() else 'light'}.svg").as_posix()
    ring, fill, base = colours["PlaceholderText"], colours["Highlight"], colours["Base"]
    app.setProperty(_INDICATORS_PROPERTY, True)
    app.setStyleSheet(
        "QRadioButton::indicator, QCheckBox::indicator { width: 14px; height: 14px;"
        f" border: 2px solid {ring}; background: {base}; }}"
        " QRadioButton::indicator { border-radius: 9px; }"
        " QCheckBox::indicator { border-radius: 3px; }"
        " QRadioButton::indicator:hover, QCheckBox::indicator:hover,"
        f" QRadioButton::indicator:focus, QCheckBox::indicator:focus {{ border-color: {fill}; }}"
        f" QRadioButton::indicator:checked {{ border-color: {fill}; background: qradialgradient("
        f"cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {fill}, stop:0.55 {fill},"
        f" stop:0.65 {base}); }}"
        f" QCheckBox::indicator:checked {{ border-color: {fill}; background: {fill};"
        f" image: url({tick}); }}"
        " QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {"
        f" border-color: {colours['Mid']}; }}")


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """True when the (application) palette is a dark one."""
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_color(tone: str) -> QColor:
    """The current theme's colour for a tone ("error", "muted")."""
    return QColor(TONES[tone][palette_is_dark()])


def set_tone(widget: QWidget, tone: str | None, css: str = "") -> None:
    """Colour a widget's text with a tone that follows the theme (None: no tone), plus
    extra style-sheet declarations `css` (e.g. "font-weight: bold;")."""
    widget.setProperty(_TONE_PROPERTY, tone or "")
    widget.setProperty(_TONE_CSS_PROPERTY, css)
    colour = f"color: {tone_color(tone).name()}; " if tone else ""
    widget.setStyleSheet((colour + css).strip())


def restyle(app: QApplication) -> None:
    """Re-resolve style sheets after a palette change: toned widgets get their theme's
    colour, every other sheet is set again (Qt resolves `palette(...)` and the inherited
    text colour of a styled widget only when its sheet is set)."""
    for widget in app.allWidgets():
        tone = widget.property(_TONE_PROPERTY)
        if tone:
            set_tone(widget, str(tone), str(widget.property(_TONE_CSS_PROPERTY) or ""))
            continue
        sheet = widget.styleSheet()
        if sheet:  # also sheets without palette(): Qt keeps their old text colour
            widget.setStyleSheet(sheet)


class _PaletteHook(QObject):
    """Calls back when its parent widget's palette changes (e.g. after apply_theme)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._callback()
        return False


def on_palette_change(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` now and whenever `widget`'s palette changes (theme switches). The
    callback must not set a style sheet on `widget` itself (that changes its palette)."""
    callback()
    _PaletteHook(widget, callback)


def style_plot(plot: Any) -> None:
    """Colour a pyqtgraph PlotWidget with the application palette: Base background,
    Text axes, ticks, labels and title. Duck-typed, so pyqtgraph is not imported here."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    item = plot.getPlotItem() if hasattr(plot, "getPlotItem") else plot
    style_axes(item, text)


def style_axes(item: Any, text: QColor | None = None) -> None:
    """Axis lines, tick labels and axis labels of a pyqtgraph PlotItem in the Text colour."""
    text = text if text is not None else QApplication.palette().color(QPalette.ColorRole.Text)
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(text)
        axis.setTextPen(text)
    title = getattr(item, "titleLabel", None)
    if title is not None and title.text:
        title.setText(title.text, color=text)


_choice_getter: list[Callable[[], str]] = []


def follow_system(app: QApplication, current_choice: Callable[[], str]) -> None:
    """Re-apply when the OS switches light/dark while the setting (read through
    `current_choice()`) is "system". Connects once per process; later calls swap the getter."""
    first = not _choice_getter
    _choice_getter[:] = [current_choice]
    if not first:
        return

    def changed(_scheme: Qt.ColorScheme) -> None:
        if _choice_getter and _choice_getter[0]() == "system":
            apply_theme(app, "system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
