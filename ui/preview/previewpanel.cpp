#include "ui/preview/previewpanel.h"

#include "core/generators/generationplan.h"
#include "ui/compare/comparewindow.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/sharedvalidation.h"
#include "ui/jobs/latestjob.h"
#include "ui/preview/confighighlighter.h"
#include "ui/preview/secretmasker.h"
#include "ui/preview/textdiff.h"
#include "ui/secrets/secretsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

PreviewPanel::PreviewPanel(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_boxes(new QComboBox(this)),
      m_diff(new QCheckBox(tr("Changes since &save"), this)),
      m_reveal(new QCheckBox(tr("Show se&crets"), this)), m_status(new QLabel(this)),
      m_files(new QListWidget(this)), m_text(new QPlainTextEdit(this)),
      m_highlighter(new ConfigHighlighter(m_text->document())), m_job(new LatestJob(this))
{
    m_boxes->setToolTip(tr("The box (site or client) whose files are shown"));
    m_boxes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_boxes->setMinimumContentsLength(18);
    m_diff->setToolTip(tr("Show what changes on this box compared with the saved topology"));
    m_reveal->setToolTip(tr("Show pre-shared keys and passwords in clear text"));
    m_status->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Generated file"));
    m_files->setAccessibleName(tr("Generated files"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_boxes, 1);
    top->addWidget(m_diff);
    top->addWidget(m_reveal);
    // The files on the boxes against these (issue 15): a window of its own.
    auto *compare = new QPushButton(tr("Co&mpare with Imported Files…"), this);
    compare->setObjectName(QStringLiteral("compareButton"));
    compare->setToolTip(tr("Show, per box, what changes between the files on your boxes and the files generated here"));
    connect(compare, &QPushButton::clicked, this, &PreviewPanel::openCompare);
    top->addWidget(compare);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_text);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPanel::refreshNow);
    // The box list changes only when a site or a profile's users come or go
    // (or an id changes); a move, a LAN or a link edit leaves it as it is.
    const TopologyDocument *doc = session->document();
    const auto boxesChanged = [this] { m_boxesDirty = true; };
    connect(doc, &TopologyDocument::resetDone, this, boxesChanged);
    connect(doc, &TopologyDocument::siteAdded, this, boxesChanged);
    connect(doc, &TopologyDocument::siteRemoved, this, boxesChanged);
    connect(doc, &TopologyDocument::siteRenamed, this, boxesChanged);
    connect(doc, &TopologyDocument::profileAdded, this, boxesChanged);
    connect(doc, &TopologyDocument::profileRemoved, this, boxesChanged);
    connect(doc, &TopologyDocument::profileChanged, this, boxesChanged);
    connect(doc, &TopologyDocument::contentChanged, this, &PreviewPanel::scheduleRefresh);
    connect(session->secrets(), &SecretsStore::changed, this, &PreviewPanel::scheduleRefresh);
    connect(session, &EditorSession::saved, this, &PreviewPanel::scheduleRefresh);
    connect(m_boxes, qOverload<int>(&QComboBox::activated), this, &PreviewPanel::refreshNow);
    connect(m_diff, &QCheckBox::toggled, this, &PreviewPanel::refreshNow);
    connect(m_reveal, &QCheckBox::toggled, this, &PreviewPanel::showFile);
    connect(m_files, &QListWidget::currentRowChanged, this, &PreviewPanel::showFile);
    // Progress for long work: said only when a regeneration takes a while.
    connect(m_job, &LatestJob::started, this, [this] {
        QTimer::singleShot(250, this, [this] {
            if (m_job->isBusy())
                m_status->setText(tr("Generating…"));
        });
    });
    connect(m_job, &LatestJob::idle, this, &PreviewPanel::refreshed);
}

void PreviewPanel::openCompare()
{
    if (!m_compare)
        m_compare = new CompareWindow(m_session, this);
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
}

bool PreviewPanel::isRefreshing() const { return m_job->isBusy(); }

void PreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleRefresh();
}

void PreviewPanel::scheduleRefresh()
{
    if (isVisible())
        m_timer.start();
}

void PreviewPanel::fillBoxes()
{
    const QString current = m_boxes->currentData().toString();
    const QSignalBlocker block(m_boxes);
    m_boxes->clear();
    const QList<PreviewBox> boxes = PreviewFiles::boxes(m_session->document()->topology());
    for (const PreviewBox &b : boxes) {
        const QString label = b.kind == PreviewBox::Kind::Site
                                  ? tr("Site %1").arg(b.id)
                                  : tr("Client %1 / %2").arg(b.id, b.user);
        m_boxes->addItem(label, b.key());
    }
    const int i = m_boxes->findData(current);
    m_boxes->setCurrentIndex(i >= 0 ? i : 0);
    m_boxesDirty = false;
}

void PreviewPanel::showBox(const PreviewBox &box)
{
    if (m_boxesDirty)
        fillBoxes();
    const int i = m_boxes->findData(box.key());
    if (i >= 0)
        m_boxes->setCurrentIndex(i);
    refreshNow();
}

void PreviewPanel::setDiffMode(bool diff) { m_diff->setChecked(diff); }

void PreviewPanel::setRevealSecrets(bool reveal) { m_reveal->setChecked(reveal); }

void PreviewPanel::refreshNow()
{
    m_timer.stop();
    if (m_boxesDirty)
        fillBoxes();
    // The worker gets copies (implicitly shared): edits go on while it runs.
    const PreviewBox box = PreviewBox::fromKey(m_boxes->currentData().toString());
    const Topology topology = m_session->document()->topology();
    const Secrets secrets = m_session->secrets()->secrets();
    const bool diff = m_diff->isChecked();
    const Topology saved = diff ? m_session->savedTopology() : Topology();
    const QString noBox = tr("Add a site to see its generated files.");
    // This revision's validation is the one the Findings make (or wait for it).
    const auto revision = m_session->revision();
    const auto savedRevision = std::make_pair(m_session->savedRevision(), revision.second);
    const std::shared_ptr<SharedValidation> shared = m_session->validation();
    m_job->request([this, box, topology, secrets, revision, savedRevision, shared, diff, saved,
                    noBox]() -> LatestJob::Apply {
        PreviewFiles current;
        PreviewFiles before;
        if (box.id.isEmpty()) {
            current.problem = noBox;
        } else {
            const GenerationPlan plan(topology, secrets,
                                      shared->findings(revision, topology, secrets));
            current = PreviewFiles::generate(plan, box);
            if (diff) {
                const GenerationPlan savedPlan(saved, secrets,
                                               shared->findings(savedRevision, saved, secrets));
                before = PreviewFiles::generate(savedPlan, box);
            }
        }
        return [this, current, before] { showResult(current, before); };
    });
}

void PreviewPanel::showResult(const PreviewFiles &current, const PreviewFiles &saved)
{
    m_current = current;
    m_saved = saved;
    const QString selected = m_files->currentItem()
                                 ? m_files->currentItem()->data(kPathRole).toString()
                                 : QString();
    const QSignalBlocker block(m_files);
    m_files->clear();
    QStringList paths;
    for (const GeneratedFile &f : std::as_const(m_current.files))
        paths << f.path;
    // While the topology has errors nothing is generated: show that refusal,
    // not every saved file as deleted.
    if (m_diff->isChecked() && m_current.ok) {
        for (const GeneratedFile &f : std::as_const(m_saved.files)) {
            if (!paths.contains(f.path))
                paths << f.path;
        }
    }
    for (const QString &p : std::as_const(paths)) {
        auto *item = new QListWidgetItem(p, m_files);
        item->setData(kPathRole, p);
    }
    m_status->setText(m_current.ok ? tr("%n file(s)", nullptr, int(m_current.files.size()))
                                   : m_current.problem);
    int row = int(paths.indexOf(selected));
    m_files->setCurrentRow(row >= 0 ? row : 0);
    showFile();
}

QString PreviewPanel::masked(const QByteArray &content) const
{
    const QString text = QString::fromUtf8(content);
    return m_reveal->isChecked() ? text
                                 : SecretMasker::mask(text, m_session->secrets()->secrets());
}

void PreviewPanel::showFile()
{
    QListWidgetItem *item = m_files->currentItem();
    if (!item) {
        m_highlighter->setDiffMode(false);
        m_text->setPlainText(m_current.ok ? QString() : m_current.problem);
        return;
    }
    const QString path = item->data(kPathRole).toString();
    auto find = [&path](const PreviewFiles &files) -> const GeneratedFile * {
        for (const GeneratedFile &f : files.files) {
            if (f.path == path)
                return &f;
        }
        return nullptr;
    };
    const GeneratedFile *now = find(m_current);
    if (!m_diff->isChecked()) {
        m_highlighter->setDiffMode(false);
        m_text->setPlainText(now ? masked(now->content) : QString());
        return;
    }
    const GeneratedFile *before = find(m_saved);
    const QString diff = TextDiff::unified(before ? masked(before->content) : QString(),
                                           now ? masked(now->content) : QString(),
                                           before ? QStringLiteral("saved/") + path
                                                  : QStringLiteral("/dev/null"),
                                           now ? QStringLiteral("now/") + path
                                               : QStringLiteral("/dev/null"));
    m_highlighter->setDiffMode(true);
    m_text->setPlainText(diff.isEmpty() ? tr("No changes to %1 since the last save.").arg(path)
                                        : diff);
}
