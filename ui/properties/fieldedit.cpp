#include "ui/properties/fieldedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

FieldEdit::FieldEdit(Checker checker, QWidget *parent)
    : QWidget(parent), m_checker(std::move(checker)), m_edit(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setAccessibleName(tr("Field error"));
    m_error->hide();
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEdit::check);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldEdit::commit);
}

void FieldEdit::load(const QString &text)
{
    m_loaded = text;
    if (m_edit->text() != text) {
        m_edit->setText(text);
        // setText leaves the cursor at the end, so a long value would show its
        // tail; a loaded value is read from its start.
        m_edit->setCursorPosition(0);
    }
    check();
}

QString FieldEdit::text() const { return m_edit->text().trimmed(); }

QString FieldEdit::problem() const { return m_checker ? m_checker(text()) : QString(); }

void FieldEdit::setPlaceholderText(const QString &text) { m_edit->setPlaceholderText(text); }

void FieldEdit::setFieldToolTip(const QString &text) { m_edit->setToolTip(text); }

void FieldEdit::check()
{
    const QString p = problem();
    m_error->setText(p);
    m_error->setVisible(!p.isEmpty());
    m_edit->setStyleSheet(p.isEmpty() ? QString()
                                      : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
}

void FieldEdit::commit()
{
    const QString t = text();
    if (t == m_loaded || !isValid())
        return;
    m_loaded = t;
    Q_EMIT committed(t);
}
