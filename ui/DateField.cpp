#include "DateField.h"

#include "ReportWriter.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cxm::ui {

DateField::DateField(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(name);
    m_edit->setPlaceholderText(shown(QDate(2025, 5, 17)));
    m_edit->setMaxLength(40);
    setFocusProxy(m_edit);
    layout->addWidget(m_edit);
    m_error->setObjectName(name + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_error->setPalette(warning);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::takeTyped);
}

DateField::~DateField()
{
    disconnect(m_edit, nullptr, this, nullptr);
}

QString DateField::shown(const QDate &date) const
{
    return QLocale().toString(date, report::dateFormat());
}

QDate DateField::parse(const QString &text)
{
    const QString t = text.trimmed();
    QString lenient = report::dateFormat();
    lenient.replace(QStringLiteral("dd"), QStringLiteral("d"))
        .replace(QStringLiteral("MM"), QStringLiteral("M"));
    for (const QString &format : {report::dateFormat(), lenient, QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QLocale().toDate(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

void DateField::setDate(const QDate &date)
{
    m_date = date;
    if (!m_edit->hasFocus() || !m_edit->isModified()) {
        m_edit->setText(shown(date));
        m_edit->setModified(false);
    }
}

void DateField::takeTyped()
{
    if (!m_edit->isModified())
        return;
    const QString typed = m_edit->text();
    const QDate d = parse(typed);
    m_edit->setModified(false);
    if (!d.isValid()) {
        m_edit->setText(shown(m_date));
        const QString example = shown(QDate(2025, 5, 17));
        const QString iso = QStringLiteral("2025-05-17");
        m_error->setText(tr("\"%1\" is not a whole date, so the date stays %2. Type a date as %3.")
                             .arg(typed.trimmed(), shown(m_date),
                                  example == iso ? iso : tr("%1 or %2").arg(example, iso)));
        m_error->show();
        if (m_edit->hasFocus())
            m_edit->selectAll(); // typing again replaces the date shown, as after Tab
        return;
    }
    m_error->hide();
    m_edit->setText(shown(d));
    if (d == m_date)
        return;
    m_date = d;
    emit dateEdited(d);
}

} // namespace cxm::ui
