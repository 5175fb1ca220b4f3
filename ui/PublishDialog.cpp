#include "PublishDialog.h"

#include "RevealGate.h"

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "Portfolio.h"
#include "SessionController.h"
#include "Settings.h"
#include "UiText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxm::ui {

PublishDialog::PublishDialog(SessionController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish to portfolio"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Publishes this session to the shared portfolio database. The session file "
                                "stays your working copy; publishing it again replaces the earlier revision "
                                "when something changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_database = new QLineEdit(Settings::portfolioDatabase(), this);
    m_database->setObjectName(QStringLiteral("portfolioDatabase"));
    m_database->setPlaceholderText(tr("postgresql://you@db.example.com/portfolio?sslmode=verify-full"));
    m_database->setMinimumWidth(m_database->fontMetrics().averageCharWidth() * 60);
    form->addRow(tr("&Database:"), m_database);
    auto *hint =
        new QLabel(tr("The password comes from your ~/.pgpass file or PGPASSWORD, never from here."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_anonymous = new QCheckBox(
        tr("&Anonymous: no organisation, names or notes (for benchmarks across clients)"), this);
    m_anonymous->setObjectName(QStringLiteral("anonymousPublish"));
    form->addRow(QString(), m_anonymous);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("publishResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setDefault(true);
    connect(m_publish, &QPushButton::clicked, this, [this] { publish(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PublishDialog::openFor(MainWindow *window)
{
    if (!window->controller())
        return;
    if (auto *open = window->findChild<PublishDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PublishDialog(window->controller(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PublishDialog::showOutcome(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020"));
}

bool PublishDialog::publish()
{
    const std::string database = m_database->text().trimmed().toStdString();
    if (database.empty()) {
        showOutcome(tr("Enter the portfolio's database, as a PostgreSQL address."), false);
        return false;
    }
    try {
        portfolio::describeDatabase(database);
    } catch (const portfolio::PortfolioError &e) {
        showOutcome(qs(e.reason()), false);
        return false;
    }
    Settings::setPortfolioDatabase(m_database->text());
    const std::string uuid = m_controller->file().uuid();
    if (uuid.empty()) {
        showOutcome(tr("This session has no session id yet, and it is read-only (%1), so it cannot be given "
                       "one. Save it with File → Save As… and publish the copy.")
                        .arg(m_controller->readOnlyReason()),
                    false);
        return false;
    }
    // The worker gets copies: the window may repaint, never edit, while it runs.
    const bool anonymous = m_anonymous->isChecked();
    const std::optional<Session> disclosed = RevealGate::sessionFor(
        this, m_controller, anonymous ? "window.publish.anonymous" : "window.publish");
    if (!disclosed)
        return false;
    const Session &session = *disclosed;
    const std::string follows = m_controller->file().follows();
    const Instrument &instrument = m_controller->instrument();
    portfolio::PublishResult result;
    m_publish->setEnabled(false);
    try {
        runInBackground(this, tr("Publishing to the portfolio…"), [&] {
            portfolio::Portfolio target(database, instrument);
            result = target.publish(session, uuid, follows, anonymous);
        });
    } catch (const Error &e) {
        m_publish->setEnabled(true);
        showOutcome(tr("Not published: %1").arg(qs(e.what())), false);
        return false;
    }
    m_publish->setEnabled(true);
    showOutcome(result.changed ? tr("Published revision %1").arg(result.revision)
                               : tr("Already up to date (revision %1)").arg(result.revision),
                true);
    return true;
}

} // namespace cxm::ui
