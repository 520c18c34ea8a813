#pragma once

#include <QWidget>

struct ImportOutcome;
class QLabel;
class QTreeWidget;

// What an import gave: a headline (what was read and found, or why nothing
// could be), then per box each file with what it was read as and how many
// of its statements were mapped, not represented, contradicted or wrong;
// a file expands to those report lines (file:line, statement, why). Report
// lines never hold a secret's value (core ImportReport).
class ImportResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultView)

public:
    enum Column { Name, ReadAs, Mapped, NotRepresented, Contradictions, Errors, ColumnCount };

    explicit ImportResultView(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    void showOutcome(const ImportOutcome &outcome);
    QString headline() const;
    bool headlineIsError() const { return m_error; }
    QTreeWidget *tree() const { return m_tree; }

private:
    QString summary(const ImportOutcome &outcome) const;

    QLabel *m_headline;
    QTreeWidget *m_tree;
    bool m_error = false;
};
