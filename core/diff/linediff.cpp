#include "core/diff/linediff.h"

#include <QHash>
#include <vector>

namespace {

// Works on line ids (equal lines share an id) so comparisons are int compares.
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b) : m_a(a), m_b(b) {}

    EditScript run()
    {
        const int size = int(m_a.size() + m_b.size()) + 2;
        m_forward.assign(size_t(2 * size + 1), 0);
        m_backward.assign(size_t(2 * size + 1), 0);
        m_offset = size;
        compare(0, int(m_a.size()), 0, int(m_b.size()));
        return m_script;
    }

private:
    struct Snake
    {
        int x0, y0, x1, y1; // diagonal run from (x0, y0) to (x1, y1)
    };

    void emit(LineEdit::Kind kind, int oldIndex, int newIndex)
    {
        m_script.append(LineEdit{kind, oldIndex, newIndex});
    }

    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[size_t(aLo)] == m_b[size_t(bLo)])
            emit(LineEdit::Equal, aLo++, bLo++);
        int suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix
               && m_a[size_t(aHi - 1 - suffix)] == m_b[size_t(bHi - 1 - suffix)])
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;
        if (aLo == aHi) {
            for (int y = bLo; y < bHi; ++y)
                emit(LineEdit::Insert, -1, y);
        } else if (bLo == bHi) {
            for (int x = aLo; x < aHi; ++x)
                emit(LineEdit::Delete, x, -1);
        } else {
            const Snake s = middleSnake(aLo, aHi, bLo, bHi);
            const bool whole = (s.x0 == aLo && s.y0 == bLo && s.x1 == aHi && s.y1 == bHi)
                               || (s.x0 == aHi && s.y0 == bHi) || (s.x1 == aLo && s.y1 == bLo);
            if (whole) { // cannot happen with trimmed ends; never loop forever
                for (int x = aLo; x < aHi; ++x)
                    emit(LineEdit::Delete, x, -1);
                for (int y = bLo; y < bHi; ++y)
                    emit(LineEdit::Insert, -1, y);
            } else {
                compare(aLo, s.x0, bLo, s.y0);
                for (int i = 0; i < s.x1 - s.x0; ++i)
                    emit(LineEdit::Equal, s.x0 + i, s.y0 + i);
                compare(s.x1, aHi, s.y1, bHi);
            }
        }
        for (int i = 0; i < suffix; ++i)
            emit(LineEdit::Equal, aHi + i, bHi + i);
    }

    int &fwd(int k) { return m_forward[size_t(k + m_offset)]; }
    int &bwd(int k) { return m_backward[size_t(k + m_offset)]; }

    // The middle snake of the optimal path (Myers, section 4b). x counts
    // consumed old lines, y new lines; the backward search runs from the end.
    Snake middleSnake(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int maxD = (n + m + 1) / 2;
        fwd(1) = 0;
        bwd(1) = 0;
        for (int d = 0; d <= maxD; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && fwd(k - 1) < fwd(k + 1))) ? fwd(k + 1)
                                                                         : fwd(k - 1) + 1;
                int y = x - k;
                const int x0 = x, y0 = y;
                while (x < n && y < m && m_a[size_t(aLo + x)] == m_b[size_t(bLo + y)]) {
                    ++x;
                    ++y;
                }
                fwd(k) = x;
                if (odd && k >= delta - (d - 1) && k <= delta + (d - 1)
                    && fwd(k) + bwd(delta - k) >= n)
                    return Snake{aLo + x0, bLo + y0, aLo + x, bLo + y};
            }
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && bwd(k - 1) < bwd(k + 1))) ? bwd(k + 1)
                                                                         : bwd(k - 1) + 1;
                int y = x - k;
                const int x0 = x, y0 = y;
                while (x < n && y < m
                       && m_a[size_t(aHi - 1 - x)] == m_b[size_t(bHi - 1 - y)]) {
                    ++x;
                    ++y;
                }
                bwd(k) = x;
                if (!odd && delta - k >= -d && delta - k <= d && bwd(k) + fwd(delta - k) >= n)
                    return Snake{aHi - x, bHi - y, aHi - x0, bHi - y0};
            }
        }
        return Snake{aLo, bLo, aHi, bHi}; // unreachable: D <= n + m
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    int m_offset = 0;
    EditScript m_script;
};

// Puts deletions before insertions inside each run of changes.
EditScript normalise(const EditScript &script)
{
    EditScript out;
    out.reserve(script.size());
    EditScript inserts;
    for (const LineEdit &e : script) {
        if (e.kind == LineEdit::Insert) {
            inserts.append(e);
        } else if (e.kind == LineEdit::Delete) {
            out.append(e);
        } else {
            out += inserts;
            inserts.clear();
            out.append(e);
        }
    }
    out += inserts;
    return out;
}

} // namespace

namespace LineDiff {

EditScript diff(const QStringList &oldLines, const QStringList &newLines)
{
    QHash<QString, int> ids;
    ids.reserve(int(oldLines.size() + newLines.size()));
    auto idOf = [&ids](const QString &line) {
        auto it = ids.constFind(line);
        if (it != ids.constEnd())
            return it.value();
        const int id = int(ids.size());
        ids.insert(line, id);
        return id;
    };
    std::vector<int> a, b;
    a.reserve(size_t(oldLines.size()));
    b.reserve(size_t(newLines.size()));
    for (const QString &line : oldLines)
        a.push_back(idOf(line));
    for (const QString &line : newLines)
        b.push_back(idOf(line));
    return normalise(Myers(a, b).run());
}

int distance(const EditScript &script)
{
    int d = 0;
    for (const LineEdit &e : script)
        d += e.kind == LineEdit::Equal ? 0 : 1;
    return d;
}

} // namespace LineDiff
