// The maturity map drawings, painted with QPainter so the same code draws the workbench's Maturity
// Map step and the PDF report (vector output in the PDF). Each function paints inside rect only.
#pragma once

#include "Instrument.h"
#include "ScoringEngine.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QRectF>

namespace cxm::report {

struct Theme
{
    QColor text{0x1f, 0x29, 0x37};
    QColor mutedText{0x5b, 0x67, 0x78};
    QColor background{Qt::white};
    QColor grid{0xd5, 0xdb, 0xe3};
    QColor accent{0x1f, 0x6f, 0xb2};       // the organisation's position, radar fill
    QColor disagreement{0xc2, 0x41, 0x0c}; // markers where Early and Mature both appear
    QColor early{0xf4, 0xc7, 0x9b};
    QColor advanced{0x9f, 0xc8, 0xe8};
    QColor mature{0x4c, 0x9a, 0x6a};
    QFont font;          // base font; drawings scale it to their rect
    qreal fontScale = 1; // > 1 for a projector
    // A team's map explains the disagreement marker in the heat map's legend; one person cannot
    // disagree with themselves, so a self-assessment's map leaves it out.
    bool showDisagreement = true;

    static Theme print();                          // for the PDF: black text on white
    static Theme fromPalette(const QPalette &pal); // follows the system light/dark palette
};

// The five Transformation Milestones (Commit → Elevate) as a path with year bands, the organisation's
// milestone highlighted (or a note that the map needs every competency answered).
void paintMilestonePath(QPainter &painter, const QRectF &rect, const Instrument &instrument,
                        const Score &score, const Theme &theme);

// A radar (spider) chart of the five competency percentages, 0 to 100.
void paintRadar(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                const Theme &theme);

// The 15 items as a heat map (rows = competencies, columns = their three items), coloured by team value,
// with a disagreement marker where someone said Early and someone Mature.
void paintHeatMap(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                  const Theme &theme);

} // namespace cxm::report
