// A date typed as a whole: the field shows the date in the language's short form (or as 2024-05-17)
// and takes a typed date only when all of it is one, in either form. Anything else is refused
// visibly: the field goes back to the date it had and a line under it says what was refused and why.
// Unlike a QDateEdit, Tab does not land in one section of the date, so typing never silently changes
// just the year or the day.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace cxm::ui {

class DateField : public QWidget
{
    Q_OBJECT

public:
    // name: the objectName of the line edit (the refusal is name + "Error").
    DateField(const QString &name, QWidget *parent = nullptr);
    // Stops the line edit's last "editing finished" (it loses the focus as it goes) reaching a field
    // that is half destroyed.
    ~DateField() override;

    QDate date() const { return m_date; }
    // Shows date; does not emit dateEdited. Keeps what the person is typing while they type.
    void setDate(const QDate &date);
    QLineEdit *edit() const { return m_edit; }
    // A typed date in any form the field takes; an invalid QDate when the text is not one.
    static QDate parse(const QString &text);

signals:
    // The person typed a whole date, other than the one shown before.
    void dateEdited(const QDate &date);

private:
    void takeTyped();
    QString shown(const QDate &date) const;

    QLineEdit *m_edit;
    QLabel *m_error;
    QDate m_date;
};

} // namespace cxm::ui
