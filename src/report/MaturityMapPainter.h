// The maturity map drawings, painted with QPainter so the same code draws the workbench's Maturity
// Map step and the PDF report (vector output in the PDF). Each function paints inside rect only.
#pragma once

#include "Instrument.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QRectF>

#include <map>
#include <optional>
#include <string>

namespace cxm::report {

struct Theme
{
    QColor text{0x1f, 0x29, 0x37};
    QColor mutedText{0x5b, 0x67, 0x78};
    QColor background{Qt::white};
    QColor grid{0xd5, 0xdb, 0xe3};
    QColor accent{0x1f, 0x6f, 0xb2};       // the organisation's position, radar fill
    QColor disagreement{0xc2, 0x41, 0x0c}; // markers where Early and Mature both appear
    // A light-to-dark scale (yellow, teal, dark blue) whose levels stay apart in greyscale and for
    // red-green colour-blind readers; each tile also carries its level's letter.
    QColor early{0xf3, 0xe0, 0x8a};
    QColor advanced{0x7f, 0xa6, 0xa0};
    QColor mature{0x1f, 0x4e, 0x79};
    QFont font;          // base font; drawings scale it to their rect
    qreal fontScale = 1; // > 1 for a projector

    static Theme print();                          // for the PDF: black text on white
    static Theme fromPalette(const QPalette &pal); // follows the system light/dark palette
};

// The five Transformation Milestones (Commit → Elevate) as a path with year bands, the organisation's
// milestone highlighted (or a note that the map needs every competency answered).
void paintMilestonePath(QPainter &painter, const QRectF &rect, const Instrument &instrument,
                        const Score &score, const Theme &theme);

// The levels the team aims at: an item's id and its target's level (1 … 3), for the items about the
// whole company (the map's); empty when the session has no targets.
using TargetLevels = std::map<std::string, int>;
TargetLevels targetLevels(const Session &session);

struct RadarOptions
{
    TargetLevels targets; // when not empty: the target, dashed, with a legend
};

// A radar (spider) chart of the five competency percentages, 0 to 100. With targets, a dashed
// polygon shows where each competency would stand with every target met (an item without a target,
// or already above it, counts as it is).
void paintRadar(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                const Theme &theme, const RadarOptions &options = {});

struct HeatMapOptions
{
    bool showDisagreement = true; // false for a self-assessment: one person cannot disagree
    TargetLevels targets;         // when not empty: each target's letter in a dashed box, with a legend
};

// The 15 items as a heat map (rows = competencies, columns = their three items), coloured by team value
// and lettered with its level (E, A, M), with a disagreement marker where someone said Early and
// someone Mature, and an item's target level ("E → A", the A in a dashed box) when it has one. Labels
// of one kind share one type size.
void paintHeatMap(QPainter &painter, const QRectF &rect, const Instrument &instrument, const Score &score,
                  const Theme &theme, const HeatMapOptions &options = {});

// Where a competency would stand with every target met, in percent; empty when none of its items
// has a target (or it has items neither rated nor targeted).
std::optional<double> targetPercent(const Competency &competency, const Score &score,
                                    const TargetLevels &targets);

// The level (1 Early, 2 Advanced, 3 Mature) a team value 1 … 3 falls in, its colour and its letter.
int levelOfValue(double value);
QColor levelColor(int level, const Theme &theme);
QString levelLetter(const Instrument &instrument, int level);

// The font without typographic ligatures, so a PDF's text extracts as typed ("Officer", not "Oﬃcer").
QFont withoutLigatures(QFont font);

// The theme's type in points at a device's dpi (its font's point size, else its pixel size at that
// dpi, else 9 pt), times the theme's font scale; and the theme's font at a size in points, set in
// pixels for the device, so a drawing measures alike on screen, in a PDF and in a picture.
qreal themePoints(const Theme &theme, qreal dpi);
QFont sizedFont(const Theme &theme, qreal points, qreal dpi, bool bold);

} // namespace cxm::report
