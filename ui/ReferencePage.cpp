#include "ReferencePage.h"

#include "Instrument.h"
#include "PageHeading.h"
#include "SessionController.h"
#include "UiText.h"

#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cxm::ui {

namespace {

// The projector's window: the cards on the whole screen; Esc or F11 closes it.
class ProjectorCards : public QWidget
{
public:
    ProjectorCards(const Worksheet &ws, QWidget *parent)
        : QWidget(parent, Qt::Window)
    {
        setObjectName(QStringLiteral("projectorCards"));
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowTitle(qs(ws.title));
        setAutoFillBackground(true);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(40, 24, 40, 24);
        auto *title = new QLabel(qs(ws.title), this);
        title->setTextFormat(Qt::PlainText);
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        title->setFont(big);
        layout->addWidget(title);
        layout->addWidget(makeReferenceCards(ws, 1.6, this), 1);
        auto *hint = new QLabel(ReferencePage::tr("Esc closes"), this);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint, 0, Qt::AlignRight);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11)
            close();
        else
            QWidget::keyPressEvent(event);
    }
};

} // namespace

QWidget *makeReferenceCards(const Worksheet &ws, qreal scale, QWidget *parent)
{
    auto *cards = new QWidget(parent);
    auto *grid = new QGridLayout(cards);
    grid->setSpacing(static_cast<int>(12 * scale));
    for (std::size_t i = 0; i < ws.items.size(); ++i) {
        const Item &item = ws.items[i];
        auto *card = new QFrame(cards);
        card->setObjectName(QStringLiteral("card_%1").arg(qs(item.id)));
        card->setFrameShape(QFrame::StyledPanel);
        card->setBackgroundRole(QPalette::AlternateBase);
        card->setAutoFillBackground(true);
        auto *inside = new QVBoxLayout(card);
        auto *title = new QLabel(ReferencePage::tr("%1. %2").arg(i + 1).arg(qs(item.title)), card);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        QFont titleFont = title->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3 * scale);
        titleFont.setBold(true);
        title->setFont(titleFont);
        auto *text = new QLabel(qs(item.description), card);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        QFont textFont = text->font();
        textFont.setPointSizeF(textFont.pointSizeF() * scale);
        text->setFont(textFont);
        auto *motto = new QLabel(qs(item.tip), card);
        motto->setObjectName(QStringLiteral("motto"));
        motto->setTextFormat(Qt::PlainText);
        motto->setWordWrap(true);
        QFont mottoFont = textFont;
        mottoFont.setBold(true);
        mottoFont.setLetterSpacing(QFont::PercentageSpacing, 105);
        motto->setFont(mottoFont);
        motto->setForegroundRole(QPalette::Highlight);
        inside->addWidget(title);
        inside->addWidget(text);
        inside->addStretch();
        inside->addWidget(motto);
        grid->addWidget(card, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
    return cards;
}

ReferencePage::ReferencePage(SessionController *controller, const std::string &worksheetId, QWidget *parent)
    : StepPage(parent)
    , m_worksheet(controller->instrument().findWorksheet(worksheetId))
{
    Q_ASSERT(m_worksheet && m_worksheet->kind == WorksheetKind::Reference);
    setObjectName(QStringLiteral("referencePage_%1").arg(qs(worksheetId)));
    auto *layout = new QVBoxLayout(this);
    addPageHeading(layout, this, *m_worksheet);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(makeReferenceCards(*m_worksheet, 1.15, scroll));
    layout->addWidget(scroll, 1);
    m_present = new QPushButton(tr("Show on the &projector"), this);
    m_present->setObjectName(QStringLiteral("presentCards"));
    m_present->setToolTip(tr("The cards full screen in large type; Esc closes them"));
    layout->addWidget(m_present, 0, Qt::AlignRight);
    connect(m_present, &QPushButton::clicked, this, [this] { showOnProjector(); });
}

QWidget *ReferencePage::showOnProjector()
{
    auto *window = new ProjectorCards(*m_worksheet, this);
    window->showFullScreen();
    window->activateWindow();
    return window;
}

} // namespace cxm::ui
