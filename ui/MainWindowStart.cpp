// The start screen: the four ways in (new workshop, new self-assessment, open, demo) and the recent
// sessions, which File → Open Recent lists too.
#include "MainWindow.h"

#include "Settings.h"
#include "UiText.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxm::ui {

QWidget *MainWindow::buildStartPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 2);
    outer->addStretch(1);
    column->addStretch(1);
    auto *logo = new QLabel(page);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/io.github.cxmaturity.workbench.svg"))
                        .pixmap(QSize(72, 72), devicePixelRatioF()));
    logo->setAccessibleName(tr("CX Maturity Workbench logo"));
    column->addWidget(logo);
    auto *title = new QLabel(tr("CX Maturity Workbench"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    auto *subtitle =
        new QLabel(tr("Find where your organisation stands on the customer-experience maturity map: "
                      "as a leadership team in a workshop, or on your own."),
                   page);
    subtitle->setWordWrap(true);
    column->addWidget(subtitle);
    column->addSpacing(16);

    const auto addButton = [&](const QString &text, const QString &detail, const QString &name, auto slot) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(name);
        button->setToolTip(detail);
        button->setAccessibleDescription(detail);
        button->setMinimumHeight(40);
        QFont f = button->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        button->setFont(f);
        connect(button, &QPushButton::clicked, this, slot);
        column->addWidget(button);
    };
    addButton(tr("&New workshop…"), tr("A facilitator and a leadership team, on one laptop"),
              QStringLiteral("newWorkshopButton"), [this] { chooseNew(Mode::Workshop); });
    addButton(tr("New &self-assessment…"), tr("One leader, answering alone"), QStringLiteral("newSelfButton"),
              [this] { chooseNew(Mode::Self); });
    addButton(tr("&Open…"), tr("Open a session file (.cxm)"), QStringLiteral("openButton"),
              [this] { chooseOpen(); });
    addButton(tr("Open &demo workshop"), tr("A finished workshop with six executives, to look around"),
              QStringLiteral("openDemoButton"), [this] { openDemo(); });
    column->addSpacing(16);
    auto *recentLabel = new QLabel(tr("&Recent sessions"), page);
    column->addWidget(recentLabel);
    m_recentList = new QListWidget(page);
    m_recentList->setObjectName(QStringLiteral("recentFiles"));
    m_recentList->setAccessibleName(tr("Recent sessions"));
    m_recentList->setMaximumHeight(180);
    recentLabel->setBuddy(m_recentList);
    column->addWidget(m_recentList);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openFile(item->data(Qt::UserRole).toString()); });
    column->addStretch(2);
    return page;
}

void MainWindow::refreshRecent()
{
    const QStringList files = Settings::recentFiles();
    m_recentList->clear();
    m_recentMenu->clear();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(
            tr("%1   (%2)").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(richTextOf(path));
        m_recentMenu
            ->addAction(menuTextOf(QFileInfo(path).fileName()), this, [this, path] { openFile(path); })
            ->setToolTip(richTextOf(path));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent sessions yet"), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace cxm::ui
