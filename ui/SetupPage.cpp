#include "SetupPage.h"

#include "DateField.h"
#include "ParticipantsModel.h"
#include "Prompt.h"
#include "ReportWriter.h"
#include "SessionController.h"
#include "UiText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace cxm::ui {

namespace {

// A plain-text editor that reports when the user leaves it, like QLineEdit::editingFinished.
class NotesEdit : public QPlainTextEdit
{
public:
    std::function<void()> onLeave;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onLeave)
            onLeave();
    }
};

} // namespace

SetupPage::SetupPage(SessionController *controller, QWidget *parent)
    : StepPage(parent)
    , m_controller(controller)
    , m_model(new ParticipantsModel(controller, this))
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organization"));
    m_organization->setAccessibleName(tr("Organisation"));
    m_organization->setPlaceholderText(tr("e.g. Northwind Utilities"));
    form->addRow(tr("&Organisation:"), m_organization);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setAccessibleName(tr("Session title"));
    m_title->setPlaceholderText(tr("e.g. Leadership team workshop"));
    form->addRow(tr("&Title:"), m_title);
    // Typed as a whole date, or refused visibly: never one section of it changed by a stray key.
    m_date = new DateField(QStringLiteral("sessionDate"), this);
    m_date->edit()->setAccessibleName(tr("Date"));
    form->addRow(tr("&Date:"), m_date);
    m_facilitatorLabel = new QLabel(tr("Fa&cilitator:"), this);
    m_facilitator = new QLineEdit(this);
    m_facilitator->setObjectName(QStringLiteral("facilitator"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_facilitatorLabel->setBuddy(m_facilitator);
    form->addRow(m_facilitatorLabel, m_facilitator);
    // A self-assessment: the leader answering, in place of the participants' table.
    m_selfNameLabel = new QLabel(tr("&Your name:"), this);
    m_selfName = new QLineEdit(this);
    m_selfName->setObjectName(QStringLiteral("selfName"));
    m_selfName->setAccessibleName(tr("Your name"));
    m_selfNameLabel->setBuddy(m_selfName);
    form->addRow(m_selfNameLabel, m_selfName);
    m_selfRoleLabel = new QLabel(tr("Your &role:"), this);
    m_selfRole = new QLineEdit(this);
    m_selfRole->setObjectName(QStringLiteral("selfRole"));
    m_selfRole->setAccessibleName(tr("Your role"));
    m_selfRole->setPlaceholderText(tr("e.g. Chief Executive Officer"));
    m_selfRoleLabel->setBuddy(m_selfRole);
    form->addRow(m_selfRoleLabel, m_selfRole);
    auto *notes = new NotesEdit;
    notes->setParent(this);
    notes->onLeave = [this] { commitInfo(); };
    m_notes = notes;
    m_notes->setObjectName(QStringLiteral("sessionNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(90);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("Note&s:"), m_notes);
    layout->addLayout(form);

    for (QLineEdit *edit : {m_organization, m_title, m_facilitator})
        connect(edit, &QLineEdit::editingFinished, this, &SetupPage::commitInfo);
    for (QLineEdit *edit : {m_selfName, m_selfRole})
        connect(edit, &QLineEdit::editingFinished, this, &SetupPage::commitSelf);
    connect(m_date, &DateField::dateEdited, this, &SetupPage::commitInfo);

    m_participantsHeading = new QLabel(this);
    QFont bold = m_participantsHeading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_participantsHeading->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_participantsHeading);

    m_participants = new QTableView(this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setModel(m_model);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantsModel::Name, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantsModel::Role, QHeaderView::Stretch);
    m_participants->verticalHeader()->hide();
    m_participants->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_participants, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add participant"), this);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_remove = new QPushButton(tr("&Remove participant"), this);
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    // Keeps a short form at the top when the participants' table is not shown.
    layout->addStretch(0);
    m_formStretch = layout->count() - 1;
    m_layout = layout;
    connect(m_add, &QPushButton::clicked, this, &SetupPage::addParticipant);
    connect(m_remove, &QPushButton::clicked, this, &SetupPage::removeSelectedParticipant);

    refresh();
}

void SetupPage::refresh()
{
    const Session &s = m_controller->session();
    const bool workshop = m_controller->isWorkshop();
    m_heading->setText(workshop ? tr("Workshop setup") : tr("Self-assessment setup"));
    const auto setText = [](QLineEdit *edit, const std::string &text) {
        if (!edit->hasFocus() || !edit->isModified()) {
            const QSignalBlocker block(edit);
            edit->setText(qs(text));
            edit->setModified(false);
        }
    };
    setText(m_organization, s.info.organization);
    setText(m_title, s.info.title);
    setText(m_facilitator, s.info.facilitator);
    if (!m_notes->hasFocus()) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(qs(s.info.notes));
    }
    const QDate d = QDate::fromString(qs(s.info.date), Qt::ISODate);
    m_date->setDate(d.isValid() ? d : QDate::currentDate());
    m_facilitatorLabel->setVisible(workshop);
    m_facilitator->setVisible(workshop);
    const Participant *me = s.participants.empty() ? nullptr : &s.participants.front();
    setText(m_selfName, me ? me->name : std::string());
    setText(m_selfRole, me ? me->role : std::string());
    // One person answering has a form of their own; a table (and its Add/Remove) is for a team.
    const bool table = workshop || s.participants.size() > 1;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_selfNameLabel, m_selfName, m_selfRoleLabel, m_selfRole})
        w->setVisible(!table);
    m_participantsHeading->setVisible(table);
    m_participantsHeading->setText(tr("Participants"));
    m_participants->setVisible(table);
    m_layout->setStretch(m_formStretch, table ? 0 : 1);
    const bool writable = !m_controller->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_organization, m_title, m_date, m_facilitator,
                                                       m_notes, m_selfName, m_selfRole})
        w->setEnabled(writable);
    m_add->setEnabled(writable && workshop);
    m_remove->setEnabled(writable && !s.participants.empty() && workshop);
    m_add->setVisible(workshop);
    m_remove->setVisible(workshop);
}

void SetupPage::focusFirstUnanswered()
{
    for (QLineEdit *edit : {m_organization, m_title})
        if (edit->isVisible() && edit->isEnabled() && edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    m_organization->setFocus(Qt::OtherFocusReason);
}

void SetupPage::commitInfo()
{
    SessionInfo info = m_controller->session().info;
    info.organization = ss(singleLine(m_organization->text()));
    info.title = ss(singleLine(m_title->text()));
    info.facilitator = ss(singleLine(m_facilitator->text()));
    info.notes = m_notes->toPlainText().toStdString();
    info.date = m_date->date().toString(Qt::ISODate).toStdString();
    const SessionInfo current = m_controller->session().info;
    // The date field always shows a date; store it only once the user touches something.
    if (current.date.empty() && info.organization == current.organization && info.title == current.title &&
        info.facilitator == current.facilitator && info.notes == current.notes &&
        m_date->date() == QDate::currentDate())
        return;
    m_controller->setInfo(info);
    for (QLineEdit *edit : {m_organization, m_title, m_facilitator})
        edit->setModified(false);
}

void SetupPage::commitSelf()
{
    const std::string name = ss(m_selfName->text());
    const std::string role = ss(m_selfRole->text());
    const Session &s = m_controller->session();
    if (s.participants.empty()) {
        if (!name.empty())
            m_controller->addParticipant(name, role);
    } else {
        const Participant &me = s.participants.front();
        // A name cannot be empty: leaving the field blank keeps the one stored.
        if (!name.empty() && (name != me.name || role != me.role))
            m_controller->updateParticipant(me.id, name, role);
    }
    for (QLineEdit *edit : {m_selfName, m_selfRole})
        edit->setModified(false);
    refresh();
}

void SetupPage::addParticipant()
{
    const int n = static_cast<int>(m_controller->session().participants.size()) + 1;
    const QString name = m_controller->isWorkshop() ? tr("Participant %1").arg(n) : tr("Me");
    if (!m_controller->addParticipant(ss(name), {}))
        return;
    const QModelIndex index = m_model->index(m_model->rowCount() - 1, ParticipantsModel::Name);
    m_participants->setCurrentIndex(index);
    if (isVisible())
        m_participants->edit(index);
}

void SetupPage::removeSelectedParticipant()
{
    QModelIndex current = m_participants->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(m_model->rowCount() - 1, 0);
    const std::string id = m_model->participantId(current.row());
    const Participant *p = m_controller->session().findParticipant(id);
    if (!p)
        return;
    const int answers = m_controller->session().answersStored(id);
    if (answers > 0 &&
        !Prompt::confirm(
            this, tr("Remove participant"),
            (answers == 1
                 ? tr("%1 has given one answer. Remove %1 and this answer?\n\nYou can undo this with "
                      "Edit → Undo.")
                       .arg(qs(p->name))
                 : tr("%1 has given %2 answers. Remove %1 and their answers?\n\nYou can undo this "
                      "with Edit → Undo.")
                       .arg(qs(p->name))
                       .arg(answers))))
        return;
    m_controller->removeParticipant(id);
}

} // namespace cxm::ui
