#include "SummaryPdf.h"

#include <core/model/Skills.h>
#include <core/model/TagCatalogue.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace saib::summary {

using namespace saib::insights;
using W = SummaryWords;

namespace {
constexpr double kMargin = 50;   // points: the writer is set to 72 dpi
constexpr double kFooter = 28;
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kGrid(0xDD, 0xDD, 0xDD);
const QColor kWarn(0xFF, 0xF4, 0xE0);
const QColor kWarnEdge(0xD9, 0x8C, 0x1F);
const QColor kMetricColours[] = {QColor(0xC0, 0x39, 0x2B), QColor(0x7D, 0x3C, 0x98), QColor(0x1E, 0x84, 0x49)};
const QColor kBar(0x2E, 0x6F, 0x9E);
const QColor kHelps(0x1E, 0x84, 0x49);
const QColor kHurts(0xC0, 0x39, 0x2B);

QFont font(double size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(size);
    f.setBold(bold);
    // No ligatures: "file" must copy, search and read aloud (pdftotext, screen readers)
    // as f-i, not as one "ﬁ" glyph. Latin and Welsh need no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString shortDate(const QDate &d) { return QLocale().toString(d, QStringLiteral("d MMM")); }

// A top-to-bottom page writer: text wraps line by line (so a long journal entry flows
// over pages), and a block that must stay together (a chart) moves to a new page whole.
class Flow {
public:
    Flow(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_p(painter)
    {
        m_width = writer.width() - 2 * kMargin;
        m_bottom = writer.height() - kMargin - kFooter;
        m_y = kMargin;
        footer();
    }
    double width() const { return m_width; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    QPainter &painter() { return m_p; }

    void need(double height)
    {
        if (m_y + height > m_bottom && m_y > kMargin)
            newPage();
    }
    void newPage()
    {
        m_writer.newPage();
        ++m_page;
        m_y = kMargin;
        footer();
    }

    void text(const QString &text, const QFont &f, const QColor &colour = kInk, double gapAfter = 6, double indent = 0)
    {
        m_p.setFont(f);
        m_p.setPen(colour);
        const QFontMetricsF fm(f, &m_writer);
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph, f, &m_writer);
            layout.beginLayout();
            QVector<QTextLine> lines;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(m_width - indent);
                lines << line;
            }
            layout.endLayout();
            if (lines.isEmpty()) {
                m_y += fm.lineSpacing();
                continue;
            }
            for (const QTextLine &line : lines) {
                need(line.height());
                line.draw(&m_p, QPointF(kMargin + indent, m_y - line.y()));
                m_y += line.height();
            }
        }
        m_y += gapAfter;
    }

    void heading(const QString &text)
    {
        need(80); // a heading never sits alone at the foot of a page
        m_y += 10;
        this->text(text, font(14, true), kInk, 4);
        m_p.setPen(QPen(kGrid, 1));
        m_p.drawLine(QPointF(kMargin, m_y), QPointF(kMargin + m_width, m_y));
        m_y += 8;
    }

private:
    void footer()
    {
        m_p.setFont(font(7.5));
        m_p.setPen(kMuted);
        const QRectF box(kMargin, m_writer.height() - kMargin, m_width, 14);
        m_p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("Summary", "Saib summary: not encrypted"));
        m_p.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("Summary", "Page %1").arg(m_page));
    }

    QPdfWriter &m_writer;
    QPainter &m_p;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};

void notEncryptedBox(Flow &flow)
{
    QPainter &p = flow.painter();
    const QFont f = font(9.5);
    QTextLayout measure(W::notEncrypted(), f, p.device());
    measure.beginLayout();
    double h = 0;
    for (QTextLine line = measure.createLine(); line.isValid(); line = measure.createLine()) {
        line.setLineWidth(flow.width() - 24);
        h += line.height();
    }
    measure.endLayout();
    const QRectF box(kMargin, flow.y(), flow.width(), h + 16);
    p.setPen(QPen(kWarnEdge, 1));
    p.setBrush(kWarn);
    p.drawRoundedRect(box, 4, 4);
    p.setBrush(Qt::NoBrush);
    flow.advance(8);
    flow.text(W::notEncrypted(), f, kInk, 0, 12);
    flow.advance(16);
}

// Demand, emotional load and energy (0-10) over the period's buckets; a bucket without
// a check-in breaks the line rather than being drawn as zero.
void trendChart(Flow &flow, const Summary &s)
{
    const double h = 150;
    flow.need(h + 40);
    QPainter &p = flow.painter();
    const QRectF plot(kMargin + 24, flow.y() + 4, flow.width() - 24, h);
    p.setFont(font(7.5));
    for (int v = 0; v <= 10; v += 5) {
        const double y = plot.bottom() - plot.height() * v / 10.0;
        p.setPen(QPen(kGrid, 0.6));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(kMargin, y - 6, 20, 12), Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    const QVector<Point> &first = s.trends[0];
    const int n = int(first.size());
    auto xAt = [&](int i) { return n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / double(n - 1); };
    for (int m = 0; m < 3; ++m) {
        QPainterPath path;
        bool drawing = false;
        p.setPen(QPen(kMetricColours[m], 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(kMetricColours[m]);
        const QVector<Point> &pts = s.trends[m];
        for (int i = 0; i < pts.size(); ++i) {
            if (!hasData(pts[i].value)) {
                drawing = false;
                continue;
            }
            const QPointF at(xAt(i), plot.bottom() - plot.height() * pts[i].value / 10.0);
            if (drawing)
                path.lineTo(at);
            else
                path.moveTo(at);
            drawing = true;
            if (n <= 40)
                p.drawEllipse(at, 1.6, 1.6);
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.setPen(kMuted);
    if (n > 0) {
        p.drawText(QRectF(plot.left(), plot.bottom() + 2, 120, 12), Qt::AlignLeft, shortDate(first.first().from));
        p.drawText(QRectF(plot.right() - 120, plot.bottom() + 2, 120, 12), Qt::AlignRight, shortDate(first.last().to));
    }
    // Legend
    double x = plot.left();
    const double ly = plot.bottom() + 18;
    p.setFont(font(8));
    for (int m = 0; m < 3; ++m) {
        p.setPen(QPen(kMetricColours[m], 2.5));
        p.drawLine(QPointF(x, ly + 5), QPointF(x + 14, ly + 5));
        p.setPen(kInk);
        const QString label = W::metricLabel(Metric(m));
        p.drawText(QPointF(x + 18, ly + 8), label);
        x += 30 + QFontMetricsF(p.font(), p.device()).horizontalAdvance(label);
    }
    flow.advance(h + 40);
}

// One horizontal bar per label on a fixed scale, the value printed at its end.
void barChart(Flow &flow, const QVector<QPair<QString, double>> &rows, double minValue, double maxValue)
{
    const double rowH = 16;
    const double labelW = 170;
    flow.need(rows.size() * rowH + 10);
    QPainter &p = flow.painter();
    const double left = kMargin + labelW;
    const double width = flow.width() - labelW - 40;
    p.setFont(font(8.5));
    for (const auto &row : rows) {
        const double y = flow.y();
        p.setPen(kInk);
        p.drawText(QRectF(kMargin, y, labelW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter, row.first);
        p.setPen(QPen(kGrid, 0.6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(left, y + 3, width, rowH - 6));
        if (hasData(row.second)) {
            const double share = (row.second - minValue) / (maxValue - minValue);
            p.setPen(Qt::NoPen);
            p.setBrush(kBar);
            p.drawRect(QRectF(left, y + 3, width * std::clamp(share, 0.0, 1.0), rowH - 6));
            p.setBrush(Qt::NoBrush);
        }
        p.setPen(kInk);
        p.drawText(QRectF(left + width + 4, y, 36, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   W::number(row.second, Metric::Demand));
        flow.advance(rowH);
    }
    flow.advance(8);
}

// Importance and confidence (1-10) as two dots joined by the gap.
void skillsChart(Flow &flow, const QVector<SkillGap> &skills)
{
    const double rowH = 16;
    const double labelW = 230;
    QPainter &p = flow.painter();
    const double left = kMargin + labelW;
    const double width = flow.width() - labelW - 10;
    auto xAt = [&](int v) { return left + width * (v - 1) / 9.0; };
    flow.need(24);
    p.setFont(font(7.5));
    for (int v : {1, 5, 10}) {
        p.setPen(kMuted);
        p.drawText(QRectF(xAt(v) - 10, flow.y(), 20, 12), Qt::AlignCenter, QString::number(v));
    }
    p.setPen(QPen(kBar, 0));
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(left + 4, flow.y() + 19), 3, 3);
    p.setPen(kInk);
    p.drawText(QPointF(left + 10, flow.y() + 22), QCoreApplication::translate("Summary", "confidence"));
    p.setPen(Qt::NoPen);
    p.setBrush(kBar);
    p.drawEllipse(QPointF(left + 94, flow.y() + 19), 3, 3);
    p.setPen(kInk);
    p.drawText(QPointF(left + 100, flow.y() + 22), QCoreApplication::translate("Summary", "importance"));
    flow.advance(28);
    for (const SkillGap &g : skills) {
        flow.need(rowH);
        const double y = flow.y() + rowH / 2;
        p.setFont(font(8));
        p.setPen(kInk);
        p.drawText(QRectF(kMargin, flow.y(), labelW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetricsF(p.font(), p.device()).elidedText(skillLabel(g.skillId), Qt::ElideRight, labelW - 8));
        p.setPen(QPen(kGrid, 0.6));
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
        p.setPen(QPen(kBar, 2));
        p.drawLine(QPointF(xAt(g.confidence), y), QPointF(xAt(g.importance), y));
        p.setPen(QPen(kBar, 1));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(xAt(g.confidence), y), 3.2, 3.2);
        p.setBrush(kBar);
        p.drawEllipse(QPointF(xAt(g.importance), y), 3.2, 3.2);
        p.setBrush(Qt::NoBrush);
        flow.advance(rowH);
    }
    flow.advance(8);
}

// Emotional load with a tag minus without it: left (green) is lighter days.
void helpsChart(Flow &flow, const QVector<TagEffect> &helps)
{
    const double rowH = 16;
    const double labelW = 190;
    QPainter &p = flow.painter();
    const double left = kMargin + labelW;
    const double width = flow.width() - labelW - 40;
    const double mid = left + width / 2;
    double range = 1;
    for (const TagEffect &e : helps)
        range = std::max(range, std::ceil(std::fabs(e.difference())));
    flow.need(std::min<qsizetype>(helps.size(), 4) * rowH + 10);
    const double top = flow.y();
    for (const TagEffect &e : helps) {
        flow.need(rowH);
        const double y = flow.y();
        p.setFont(font(8.5));
        p.setPen(kInk);
        p.drawText(QRectF(kMargin, y, labelW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter, tagLabel(e.tag));
        const double d = e.difference();
        const double w = width / 2 * std::fabs(d) / range;
        p.setPen(Qt::NoPen);
        p.setBrush(d < 0 ? kHelps : kHurts);
        p.drawRect(d < 0 ? QRectF(mid - w, y + 3, w, rowH - 6) : QRectF(mid, y + 3, w, rowH - 6));
        p.setBrush(Qt::NoBrush);
        p.setPen(kInk);
        const QString label = (d > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(d, 'f', 1);
        p.drawText(d < 0 ? QRectF(mid + 4, y, 40, rowH) : QRectF(mid - 44, y, 40, rowH),
                   (d < 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, label);
        flow.advance(rowH);
    }
    p.setPen(QPen(kMuted, 0.8));
    p.drawLine(QPointF(mid, top), QPointF(mid, flow.y()));
    p.setFont(font(7.5));
    p.setPen(kHelps);
    p.drawText(QRectF(left, flow.y() + 2, width / 2 - 6, 12), Qt::AlignRight,
               QCoreApplication::translate("Summary", "lighter days"));
    p.setPen(kHurts);
    p.drawText(QRectF(mid + 6, flow.y() + 2, width / 2, 12), Qt::AlignLeft,
               QCoreApplication::translate("Summary", "heavier days"));
    flow.advance(22);
}
} // namespace

QByteArray renderPdf(const Summary &s)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(W::title());
    pdf.setCreator(QStringLiteral("Saib"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    pdf.setResolution(72);

    QPainter p(&pdf);
    p.setRenderHint(QPainter::Antialiasing);
    Flow flow(pdf, p);
    flow.text(W::title(), font(18, true), kInk, 4);
    flow.text(W::period(s), font(10), kMuted, 12);
    notEncryptedBox(flow);

    const QFont body = font(9.5);
    if (s.request.trends) {
        flow.heading(W::trendsHeading());
        flow.text(W::checkinCount(s), body, kMuted, 8);
        if (s.checkins == 0) {
            flow.text(W::noData(), body);
        } else {
            trendChart(flow, s);
            for (int m = 0; m < kMetricCount; ++m) {
                const Metric metric = Metric(m);
                flow.text(QStringLiteral("%1: %2   (%3 → %4)")
                              .arg(W::metricLabel(metric), W::number(s.overall[m].value, metric),
                                   W::number(s.firstHalf[m].value, metric), W::number(s.secondHalf[m].value, metric)),
                          body, kInk, 2);
            }
            flow.advance(4);
            flow.text(W::jdrSentence(s), body);
        }
    }
    if (s.request.domains) {
        flow.heading(W::domainsHeading());
        flow.text(W::ratedWeeks(s), body, kMuted, 8);
        if (s.ratedWeeks == 0) {
            flow.text(W::noData(), body);
        } else {
            QVector<QPair<QString, double>> rows;
            for (const DomainTrend &t : s.domains)
                rows.append({domainLabel(t.domain), t.recentMean});
            barChart(flow, rows, 0, 5);
            if (s.purposeWithoutCare)
                flow.text(W::purposeWithoutCareNote(), body);
        }
    }
    if (s.request.skills) {
        flow.heading(W::skillsHeading(s));
        if (s.skills.isEmpty()) {
            flow.text(W::noData(), body);
        } else {
            skillsChart(flow, s.skills);
            for (const SkillGap &g : s.skills)
                flow.text(W::skillLine(g), font(8.5), kInk, 1);
            flow.advance(4);
        }
    }
    if (s.request.helps) {
        flow.heading(W::helpsHeading());
        flow.text(W::helpsExplanation(), body, kMuted, 8);
        if (s.helps.isEmpty()) {
            flow.text(W::noData(), body);
        } else {
            helpsChart(flow, s.helps);
            for (const TagEffect &e : s.helps)
                flow.text(W::helpLine(e), font(8.5), kInk, 1);
            flow.advance(4);
        }
    }
    if (!s.entries.isEmpty()) {
        flow.heading(W::entriesHeading());
        for (const JournalEntry &e : s.entries) {
            flow.need(60);
            flow.text(e.title.isEmpty() ? QStringLiteral("—") : e.title, font(11, true), kInk, 1);
            flow.text(QLocale().toString(e.day, QStringLiteral("d MMMM yyyy")), font(8.5), kMuted, 4);
            flow.text(e.body.trimmed(), body, kInk, 12);
        }
    }
    p.end();
    return bytes;
}

} // namespace saib::summary
