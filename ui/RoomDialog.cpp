#include "RoomDialog.h"

#include "UiText.h"

#include "ControllerRoomStore.h"
#include "QrCodeWidget.h"
#include "RoomRound.h"
#include "RoomServer.h"
#include "SessionController.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cxm::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QLabel *bigLabel(QWidget *parent, const QString &name, qreal scale)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

RoomDialog::RoomDialog(SessionController *controller, const std::vector<std::string> &worksheets,
                       QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_store(std::make_unique<ControllerRoomStore>(*controller))
{
    setObjectName(QStringLiteral("roomDialog"));
    setWindowTitle(tr("The live room"));
    // A window of its own, so it can go full screen on the projector while the laptop keeps working.
    setWindowFlag(Qt::Window);
    setModal(false);

    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    outer->addLayout(top);
    auto *addressLabel = new QLabel(tr("Listen &on:"), this);
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("roomAddressChoice"));
    addressLabel->setBuddy(m_address);
    for (const QHostAddress &a : addresses())
        m_address->addItem(a.isLoopback() ? tr("This laptop only (%1)").arg(a.toString())
                                          : tr("The room's network (%1)").arg(a.toString()),
                           a.toString());
    top->addWidget(addressLabel);
    top->addWidget(m_address);
    top->addStretch();

    auto *body = new QHBoxLayout;
    outer->addLayout(body, 1);

    auto *join = new QVBoxLayout;
    body->addLayout(join, 3);
    m_qr = new QrCodeWidget(this);
    m_qr->setObjectName(QStringLiteral("roomQr"));
    join->addWidget(m_qr, 1);
    m_url = bigLabel(this, QStringLiteral("roomUrl"), 2.0);
    m_url->setAlignment(Qt::AlignCenter);
    join->addWidget(m_url);
    m_code = bigLabel(this, QStringLiteral("roomCode"), 1.4);
    m_code->setAlignment(Qt::AlignCenter);
    join->addWidget(m_code);

    auto *side = new QVBoxLayout;
    body->addLayout(side, 2);
    side->addWidget(bigLabel(this, QStringLiteral("roomPeopleHeading"), 1.2));
    findChild<QLabel *>(QStringLiteral("roomPeopleHeading"))->setText(tr("In the room"));
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("roomParticipants"));
    m_people->setAccessibleName(tr("Participants in the room"));
    QFont peopleFont = m_people->font();
    peopleFont.setPointSizeF(peopleFont.pointSizeF() * 1.3);
    m_people->setFont(peopleFont);
    side->addWidget(m_people, 2);
    auto *devices = new QHBoxLayout;
    m_allow = new QPushButton(tr("Allow a &new device"), this);
    m_allow->setObjectName(QStringLiteral("roomAllowDevice"));
    m_allow->setToolTip(tr("The next phone that picks this name takes over; the one it had is taken out."));
    m_revoke = new QPushButton(tr("&Take device out"), this);
    m_revoke->setObjectName(QStringLiteral("roomRevoke"));
    devices->addWidget(m_allow);
    devices->addWidget(m_revoke);
    side->addLayout(devices);
    // Someone in the room who is not on the laptop's list: added here, they can pick their name.
    auto *missing = new QHBoxLayout;
    auto *addName = new QLineEdit(this);
    addName->setObjectName(QStringLiteral("roomAddName"));
    addName->setPlaceholderText(tr("Someone missing? Their name"));
    addName->setAccessibleName(tr("Name of a participant to add"));
    auto *addPerson = new QPushButton(tr("A&dd to the room"), this);
    addPerson->setObjectName(QStringLiteral("roomAddPerson"));
    missing->addWidget(addName, 1);
    missing->addWidget(addPerson);
    side->addLayout(missing);
    const auto add = [this, addName] {
        const QString name = singleLine(addName->text());
        if (name.isEmpty() || m_controller->isReadOnly())
            return;
        if (m_controller->addParticipant(ss(name), {}))
            addName->clear();
        refresh();
    };
    connect(addPerson, &QPushButton::clicked, this, add);
    connect(addName, &QLineEdit::returnPressed, this, add);

    auto *roundHeading = new QLabel(tr("&Round: the worksheets phones answer"), this);
    side->addWidget(roundHeading);
    m_worksheets = new QListWidget(this);
    m_worksheets->setObjectName(QStringLiteral("roomWorksheets"));
    roundHeading->setBuddy(m_worksheets);
    for (const Worksheet &w : controller->instrument().worksheets) {
        if (!room::isAnswerableInRoom(w))
            continue;
        auto *item = new QListWidgetItem(q(w.title), m_worksheets);
        item->setData(Qt::UserRole, q(w.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool ticked = std::find(worksheets.begin(), worksheets.end(), w.id) != worksheets.end();
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    side->addWidget(m_worksheets, 1);
    auto *roundButtons = new QGridLayout;
    m_open = new QPushButton(tr("&Open round"), this);
    m_open->setObjectName(QStringLiteral("roomOpenRound"));
    m_revealMode = new QComboBox(this);
    m_revealMode->setObjectName(QStringLiteral("roomRevealMode"));
    m_revealMode->addItem(tr("Reveal with names"));
    m_revealMode->addItem(tr("Reveal anonymously"));
    m_close = new QPushButton(tr("&Close round and reveal"), this);
    m_close->setObjectName(QStringLiteral("roomCloseRound"));
    roundButtons->addWidget(m_open, 0, 0, 1, 2);
    roundButtons->addWidget(m_revealMode, 1, 0);
    roundButtons->addWidget(m_close, 1, 1);
    side->addLayout(roundButtons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roomStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    connect(m_address, &QComboBox::activated, this,
            [this](int index) { listenOn(QHostAddress(m_address->itemData(index).toString())); });
    connect(m_open, &QPushButton::clicked, this, &RoomDialog::openRound);
    connect(m_close, &QPushButton::clicked, this, [this] { closeRound(m_revealMode->currentIndex() == 1); });
    connect(m_allow, &QPushButton::clicked, this, [this] {
        if (m_server && !selectedParticipant().empty())
            m_server->allowNewDevice(selectedParticipant());
        refresh();
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (m_server && !selectedParticipant().empty())
            m_server->revoke(selectedParticipant());
        refresh();
    });
    connect(m_people, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(controller, &SessionController::sessionChanged, this, &RoomDialog::refresh);
    resize(1100, 700);
    listenOn(QHostAddress(m_address->itemData(0).toString()));
}

RoomDialog::~RoomDialog() = default;

std::vector<QHostAddress> RoomDialog::addresses()
{
    std::vector<QHostAddress> out{QHostAddress(QHostAddress::LocalHost)};
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        if (!i.flags().testFlag(QNetworkInterface::IsUp) || i.flags().testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries())
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && !e.ip().isLinkLocal())
                out.push_back(e.ip());
    }
    return out;
}

bool RoomDialog::listenOn(const QHostAddress &address)
{
    // Stop the old room first: its address and code stop working at once.
    m_server.reset();
    room::RoomServer::Options options;
    options.address = address;
    m_server = std::make_unique<room::RoomServer>(*m_store, options);
    QString why;
    if (!m_server->listen(&why)) {
        m_server.reset();
        m_qr->setText(QString());
        m_url->setText(tr("The room cannot listen on %1: %2").arg(address.toString(), why));
        m_code->clear();
        refresh();
        return false;
    }
    connect(m_server.get(), &room::RoomServer::joinedChanged, this, &RoomDialog::refresh);
    connect(m_server.get(), &room::RoomServer::answered, this, &RoomDialog::refresh);
    const QString url = m_server->joinUrl().toString();
    m_qr->setText(url);
    m_url->setText(url);
    m_code->setText(tr("Room code: %1").arg(m_server->code()));
    refresh();
    return true;
}

bool RoomDialog::openRound()
{
    if (!m_server)
        return false;
    std::vector<std::string> chosen;
    for (int i = 0; i < m_worksheets->count(); ++i)
        if (m_worksheets->item(i)->checkState() == Qt::Checked)
            chosen.push_back(m_worksheets->item(i)->data(Qt::UserRole).toString().toStdString());
    if (chosen.empty()) {
        m_status->setText(tr("Tick the worksheets of the round first."));
        return false;
    }
    QString why;
    if (!m_server->openRound(chosen, &why)) {
        m_status->setText(tr("The round cannot open: %1").arg(why));
        return false;
    }
    // Nobody sees anyone's answers until the round closes: the window hides them as private voting does.
    m_controller->setVotes(std::string("hidden"));
    refresh();
    return true;
}

void RoomDialog::closeRound(bool anonymous)
{
    if (!m_server || !m_server->roundOpen())
        return;
    m_server->closeRound();
    m_controller->setVotes(std::string(anonymous ? "revealed-anonymous" : "revealed"));
    refresh();
}

std::string RoomDialog::selectedParticipant() const
{
    const QListWidgetItem *item = m_people->currentItem();
    return item ? item->data(Qt::UserRole).toString().toStdString() : std::string();
}

void RoomDialog::refresh()
{
    const std::string selected = selectedParticipant();
    const std::set<std::string> joined = m_server ? m_server->joined() : std::set<std::string>();
    const std::set<std::string> answered = m_server ? m_server->answeredThisRound() : std::set<std::string>();
    const bool roundOpen = m_server && m_server->roundOpen();
    const QSignalBlocker blocker(m_people);
    m_people->clear();
    int count = 0;
    for (const Participant &p : m_controller->session().participants) {
        // Who, never what: a mark for joined and one for answered in this round.
        QString state = joined.count(p.id) ? tr("joined") : tr("not joined yet");
        if (roundOpen && answered.count(p.id)) {
            state = tr("answered");
            ++count;
        }
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2 — %3")
                .arg(answered.count(p.id) && roundOpen ? QStringLiteral("✓") : QStringLiteral("·"), q(p.name),
                     state),
            m_people);
        item->setData(Qt::UserRole, q(p.id));
        item->setData(Qt::AccessibleDescriptionRole, state);
        if (p.id == selected)
            m_people->setCurrentItem(item);
    }
    const int people = static_cast<int>(m_controller->session().participants.size());
    if (!m_server)
        m_status->setText(tr("The room is closed."));
    else if (roundOpen)
        m_status->setText(
            tr("Round open: %1 of %2 have answered. Answers stay hidden until you close the round.")
                .arg(count)
                .arg(people));
    else
        m_status->setText(tr("%1 of %2 have joined. No round is open.").arg(joined.size()).arg(people));
    m_open->setEnabled(m_server != nullptr);
    m_close->setEnabled(roundOpen);
    m_revealMode->setEnabled(roundOpen);
    m_allow->setEnabled(m_server && !selected.empty());
    m_revoke->setEnabled(m_server && !selected.empty() && joined.count(selected));
}

} // namespace cxm::ui
