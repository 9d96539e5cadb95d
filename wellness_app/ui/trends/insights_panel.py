"""The Insights area of the Trends page: one card per insight with its plain sentence,
two small bars showing the two means, the strength words, and *How sure is this?*
opening the numbers. Cards are rebuilt from an InsightListModel whenever it resets."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.insights import Insight
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.trends.insights_model import (
    DetailRole,
    InsightListModel,
    InsightRole,
    StrengthRole,
)

CARDS_PER_TURN = 6  # insight cards built per turn of the event loop


class MeansBars(QWidget):
    """Mean mood on days with the factor (strong colour) and on the others (muted), on
    the 1–5 scale: the sentence's two numbers at a glance."""

    def __init__(self, item: Insight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = (item.mean_with, item.mean_without)
        self.setFixedHeight(22)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Insights", "Mean mood with and without, as bars"))

    def sizeHint(self) -> QSize:
        return QSize(160, 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        colours = (palette.color(QPalette.ColorRole.Highlight),
                   palette.color(QPalette.ColorRole.Mid))
        width = self.width()
        for row, (value, colour) in enumerate(zip(self.values, colours, strict=True)):
            length = max(2.0, width * (min(max(value, 1.0), 5.0) - 1.0) / 4.0)
            painter.fillRect(QRectF(0, 2 + row * 10, length, 8), colour)
        painter.end()


class InsightCard(QFrame):
    def __init__(self, model: InsightListModel, row: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        index = model.index(row)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.sentence = QLabel(str(index.data()))
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.strength = QLabel(f"<i>{index.data(StrengthRole)}</i>")
        self.bars = MeansBars(index.data(InsightRole))
        self.how_sure = QToolButton()
        self.how_sure.setText(translate("Insights", "How sure is this?"))
        self.how_sure.setCheckable(True)
        self.how_sure.setAutoRaise(True)
        self.how_sure.setArrowType(Qt.ArrowType.RightArrow)
        self.how_sure.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.how_sure.setAccessibleName(translate("Insights", "How sure is this?"))
        self.detail = QLabel(str(index.data(DetailRole)))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.how_sure.toggled.connect(self._toggle)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.bars, 1)
        row_layout.addWidget(self.strength)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.sentence)
        layout.addLayout(row_layout)
        layout.addWidget(self.how_sure, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)

    def _toggle(self, shown: bool) -> None:
        self.detail.setVisible(shown)
        self.how_sure.setArrowType(Qt.ArrowType.DownArrow if shown
                                   else Qt.ArrowType.RightArrow)


class InsightsPanel(QScrollArea):
    built = Signal()  # every card of the last reset is shown
    def __init__(self, model: InsightListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.cards: list[InsightCard] = []
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("TrendsPage", "Insights"))
        self._host = QWidget()
        self._layout = QVBoxLayout(self._host)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.addStretch(1)
        self.setWidget(self._host)
        self._generation = 0
        self._pending: list[InsightCard] = []  # made, not yet shown
        model.modelReset.connect(self.rebuild)

    def rebuild(self) -> None:
        """Cards are made a few per turn of the event loop (forty at once held the window
        for a fifth of a second), then shown together in place of the old ones; `built`
        when they are."""
        self._generation += 1
        self._pending = []
        self._add_batch(self._generation)

    def _add_batch(self, generation: int) -> None:
        if generation != self._generation:
            return  # the model reset again: a newer rebuild runs
        start = len(self._pending)
        for row in range(start, min(start + CARDS_PER_TURN, self.model.rowCount())):
            self._pending.append(InsightCard(self.model, row))
        if len(self._pending) < self.model.rowCount():
            QTimer.singleShot(0, self, lambda: self._add_batch(generation))
            return
        for card in self.cards:
            card.deleteLater()
        self.cards, self._pending = self._pending, []
        for position, card in enumerate(self.cards):
            self._layout.insertWidget(position, card)
        self.built.emit()
