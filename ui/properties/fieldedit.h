#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;

// A line edit that checks its text as the user types and shows the problem
// inline under it. committed() fires on Enter / focus out, only for a valid
// text that differs from the loaded one.
class FieldEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEdit)

public:
    using Checker = std::function<QString(const QString &)>;

    explicit FieldEdit(Checker checker, QWidget *parent = nullptr);

    void load(const QString &text); // no committed()
    QString text() const;
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);
    void setFieldToolTip(const QString &text);

Q_SIGNALS:
    void committed(const QString &text);

private:
    void check();
    void commit();

    Checker m_checker;
    QLineEdit *m_edit;
    QLabel *m_error;
    QString m_loaded;
};
