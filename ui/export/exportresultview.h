#pragma once

#include <QWidget>

struct BundleExport;
class QLabel;
class QTreeWidget;

// The outcome of an export: a headline (what happened, or why nothing was
// written, naming what and where), then each archive with its size and
// SHA-256. Ctrl+C copies the selected rows in `sha256sum` format.
class ExportResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportResultView)

public:
    explicit ExportResultView(QWidget *parent = nullptr);

    void clear();
    void showMessage(const QString &text, bool error);
    void showResult(const BundleExport &result, const QString &folder);

    QString headline() const;
    QTreeWidget *archives() const { return m_archives; }
    QString copyText() const; // what Ctrl+C copies

    static constexpr int kMaxFindings = 5; // errors listed on a refusal

private:
    QLabel *m_headline;
    QTreeWidget *m_archives;
};
