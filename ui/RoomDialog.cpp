#include "RoomDialog.h"

#include "UiText.h"

#include "ControllerRoomStore.h"
#include "Prompt.h"
#include "QrCodeWidget.h"
#include "RoomRound.h"
#include "RoomServer.h"
#include "SessionController.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
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

// A device as the projector names it: its number (the handle cxm room's terminal uses too), the kind
// guessed from its browser, and its network address.
QString deviceLabel(const room::Device &d)
{
    if (d.platform.empty())
        return RoomDialog::tr("device #%1 (%2)").arg(d.number).arg(d.address);
    return RoomDialog::tr("device #%1 (%2, %3)").arg(d.number).arg(q(d.platform), d.address);
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
    // A row is a name, how far they are and their device: on a projector it wraps, never cut off.
    m_people->setWordWrap(true);
    m_people->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_people->setResizeMode(QListView::Adjust);
    side->addWidget(m_people, 2);
    buildDevices(side);
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
    buildRound(side, worksheets);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roomStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    connect(m_address, &QComboBox::activated, this,
            [this](int index) { listenOn(QHostAddress(m_address->itemData(index).toString())); });
    connect(m_people, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(controller, &SessionController::sessionChanged, this, &RoomDialog::refresh);
    resize(1100, 700);
    listenOn(QHostAddress(m_address->itemData(0).toString()));
}

RoomDialog::~RoomDialog() = default;

void RoomDialog::buildDevices(QVBoxLayout *side)
{
    auto *devices = new QHBoxLayout;
    m_letIn = new QPushButton(tr("&Let in"), this);
    m_letIn->setObjectName(QStringLiteral("roomLetIn"));
    m_letIn->setToolTip(tr("Lets the phone that asks to join as this participant in."));
    m_allow = new QPushButton(tr("Allow a &new device"), this);
    m_allow->setObjectName(QStringLiteral("roomAllowDevice"));
    m_allow->setToolTip(tr("The next phone that picks this name takes over; the one it had is taken out."));
    m_revoke = new QPushButton(tr("&Take device out"), this);
    m_revoke->setObjectName(QStringLiteral("roomRevoke"));
    m_revoke->setToolTip(tr("The device stops working at once (or, if it asks to join, is refused); the "
                            "participant can join again."));
    devices->addWidget(m_letIn);
    devices->addWidget(m_allow);
    devices->addWidget(m_revoke);
    side->addLayout(devices);

    auto *guard = new QHBoxLayout;
    auto *perAddressLabel = new QLabel(tr("Participants per network &address:"), this);
    m_perAddress = new QSpinBox(this);
    m_perAddress->setObjectName(QStringLiteral("roomPerAddress"));
    m_perAddress->setRange(1, 999);
    m_perAddress->setValue(room::DevicePolicy::Settings{}.perAddress);
    m_perAddress->setToolTip(tr("How many participants phones from one network address may join as. "
                                "Raise it when several people share one device or one address."));
    perAddressLabel->setBuddy(m_perAddress);
    m_askFirst = new QCheckBox(tr("As&k me before a phone joins"), this);
    m_askFirst->setObjectName(QStringLiteral("roomAskFirst"));
    guard->addWidget(perAddressLabel);
    guard->addWidget(m_perAddress);
    guard->addStretch();
    guard->addWidget(m_askFirst);
    side->addLayout(guard);

    connect(m_letIn, &QPushButton::clicked, this, [this] {
        const room::Device *d = m_server ? m_server->devices().deviceOf(selectedParticipant()) : nullptr;
        if (d && d->waiting)
            m_server->allow(d->number);
        refresh();
    });
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
    connect(m_perAddress, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_server)
            m_server->setPerAddress(n);
    });
    connect(m_askFirst, &QCheckBox::toggled, this, [this](bool ask) {
        if (m_server)
            m_server->setAskFirst(ask);
    });
}

void RoomDialog::buildRound(QVBoxLayout *side, const std::vector<std::string> &worksheets)
{
    auto *roundHeading = new QLabel(tr("&Round: the worksheets phones answer"), this);
    side->addWidget(roundHeading);
    m_worksheets = new QListWidget(this);
    m_worksheets->setObjectName(QStringLiteral("roomWorksheets"));
    roundHeading->setBuddy(m_worksheets);
    for (const Worksheet &w : m_controller->instrument().worksheets) {
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
    connect(m_open, &QPushButton::clicked, this, &RoomDialog::openRound);
    connect(m_close, &QPushButton::clicked, this, [this] { closeRound(m_revealMode->currentIndex() == 1); });
}

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
    options.devices.perAddress = m_perAddress->value();
    options.devices.askFirst = m_askFirst->isChecked();
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
    // A phone waits at the door: the projector view asks for attention and shows who it is.
    connect(m_server.get(), &room::RoomServer::deviceWaiting, this, [this] { QApplication::alert(this); });
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

bool RoomDialog::closeRound(bool anonymous)
{
    if (!m_server || !m_server->roundOpen())
        return false;
    const QString gaps = gapsText();
    if (!gaps.isEmpty() &&
        !Prompt::confirm(this, tr("Close the round with gaps?"),
                         tr("Not everyone has answered every question of the round:\n\n%1\nClose the round "
                            "and reveal the answers anyway?")
                             .arg(gaps)))
        return false;
    m_server->closeRound();
    m_controller->setVotes(std::string(anonymous ? "revealed-anonymous" : "revealed"));
    refresh();
    return true;
}

QString RoomDialog::gapsText() const
{
    QString out;
    const auto progress = m_server->roundProgress();
    for (const Participant &p : m_controller->session().participants) {
        const auto found = progress.find(p.id);
        if (found == progress.end() || found->second.complete())
            continue;
        const auto &person = found->second;
        QStringList missing;
        for (const room::RoomQuestion *question : person.missing) {
            if (missing.size() == 5) {
                missing << tr("and %n more", nullptr, static_cast<int>(person.missing.size()) - 5);
                break;
            }
            QString title = q(question->item ? question->item->title : question->worksheet->title);
            if (const Stage *stage = m_controller->session().findStage(question->scope))
                title = tr("%1 (%2)").arg(title, q(stage->name));
            missing << title;
        }
        out += tr("• %1: %2 of %3 answered; missing: %4")
                   .arg(q(p.name))
                   .arg(person.answered)
                   .arg(person.of)
                   .arg(missing.join(tr(", "))) +
               QLatin1Char('\n');
    }
    return out;
}

std::string RoomDialog::selectedParticipant() const
{
    const QListWidgetItem *item = m_people->currentItem();
    return item ? item->data(Qt::UserRole).toString().toStdString() : std::string();
}

// One participant on the projector: their name, their device, and in an open round how far they
// are, "14 of 15", never what they answered. complete counts those who answered every question.
QString RoomDialog::personRow(const Participant &p,
                              const std::map<std::string, room::RoomServer::Progress> &progress,
                              int &complete) const
{
    const room::Device *device = m_server ? m_server->devices().deviceOf(p.id) : nullptr;
    QString mark = QStringLiteral("·");
    QString state;
    if (!device)
        state = tr("not joined yet");
    else if (device->waiting)
        state = tr("asks to join on %1: let in?").arg(deviceLabel(*device));
    else
        state = tr("on %1").arg(deviceLabel(*device));
    if (device && device->waiting)
        mark = QStringLiteral("?");
    if (const auto found = progress.find(p.id); found != progress.end()) {
        const bool done = found->second.complete();
        complete += done ? 1 : 0;
        if (done)
            mark = QStringLiteral("✓");
        state = tr("%1 of %2 answered").arg(found->second.answered).arg(found->second.of) +
                QStringLiteral(" · ") + state;
    }
    return QStringLiteral("%1 %2 — %3").arg(mark, q(p.name), state);
}

void RoomDialog::refresh()
{
    const std::string selected = selectedParticipant();
    const bool roundOpen = m_server && m_server->roundOpen();
    const QSignalBlocker blocker(m_people);
    m_people->clear();
    int complete = 0;
    int waiting = 0;
    const auto progress =
        roundOpen ? m_server->roundProgress() : std::map<std::string, room::RoomServer::Progress>();
    for (const Participant &p : m_controller->session().participants) {
        const QString row = personRow(p, progress, complete);
        auto *item = new QListWidgetItem(row, m_people);
        item->setData(Qt::UserRole, q(p.id));
        item->setData(Qt::AccessibleDescriptionRole, row.section(QStringLiteral(" — "), 1));
        const room::Device *device = m_server ? m_server->devices().deviceOf(p.id) : nullptr;
        if (device && device->waiting) {
            ++waiting;
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (p.id == selected)
            m_people->setCurrentItem(item);
    }
    const int people = static_cast<int>(m_controller->session().participants.size());
    const int joined = m_server ? static_cast<int>(m_server->joined().size()) : 0;
    QString status;
    if (!m_server)
        status = tr("The room is closed.");
    else if (roundOpen)
        status = tr("Round open: %1 of %2 have answered every question. Answers stay hidden until you close "
                    "the round.")
                     .arg(complete)
                     .arg(people);
    else
        status = tr("%1 of %2 have joined. No round is open.").arg(joined).arg(people);
    if (waiting > 0)
        status += QLatin1Char(' ') + tr("%n phone(s) wait for you to let them in.", nullptr, waiting);
    m_status->setText(status);
    const room::Device *device = m_server ? m_server->devices().deviceOf(selected) : nullptr;
    m_open->setEnabled(m_server != nullptr);
    m_close->setEnabled(roundOpen);
    m_revealMode->setEnabled(roundOpen);
    m_letIn->setEnabled(device && device->waiting);
    m_allow->setEnabled(m_server && !selected.empty());
    m_revoke->setEnabled(device != nullptr);
}

} // namespace cxm::ui
