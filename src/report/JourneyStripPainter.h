// The journey strip: the stages of the team's customer journey from left to right, and under them a
// band per item of a scale worksheet rated per stage (the customer's and the employee's reliability).
// Each stage's cell in a band shows how many gave each level, the team's agreed answer and, where
// someone gave the lowest level and someone the highest, a warning mark with a word. The workbench's
// reliability step and the report's journey page paint it with the same functions. It reads in black
// and white: levels are told apart by position and letter, the agreed answer by an inverted letter
// and a word, disagreement by a shape and a word, never by colour alone.
#pragma once

#include "Instrument.h"
#include "MaturityMapPainter.h"
#include "ScoringEngine.h"
#include "Session.h"

#include <QPainter>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace cxm::report {

// What the strip shows, read from a session and its score once. The names are the caller's to
// mask: an anonymous report replaces the stages' names before painting.
struct JourneyStrip
{
    struct Cell
    {
        std::array<int, 3> counts{}; // how many gave each level, lowest first
        std::optional<int> agreed;   // the team's answer, 1 … 3
        int answered() const { return counts[0] + counts[1] + counts[2]; }
        bool bothEnds() const { return counts[0] > 0 && counts[2] > 0; }
    };
    std::array<QString, 3> levels;        // the worksheet's level names, lowest first
    std::vector<QString> items;           // a band per item: its title
    std::vector<QString> stages;          // the stages' names, in the journey's order
    std::vector<std::vector<Cell>> cells; // [stage][item]

    // The worksheet's items for the session's stages, from the team's score.
    static JourneyStrip of(const Instrument &instrument, const Worksheet &worksheet, const Session &session,
                           const Score &score);
};

struct JourneyStripOptions
{
    bool team = true;           // false for a self-assessment: one person neither agrees nor disagrees
    bool answersHidden = false; // private voting: no counts and no team answer until revealed
    int nameLines = 3;          // a stage's name wraps to this many lines, then ends in "…"
};

// Where the strip's parts go at a width; the height follows from the words. dpi is the device's: the
// type is sized in points (theme.font's size, scaled by theme.fontScale), so a PDF and a screen
// measure alike.
struct JourneyStripLayout
{
    struct Stage
    {
        QRectF header;             // the stage's number and name
        std::vector<QRectF> cells; // one per band
    };
    std::vector<QRectF> captions; // each band's title, across the strip
    std::vector<Stage> stages;
    QRectF legend;
    QRectF message; // when there are no stages: what to do first
    qreal height = 0;
};

JourneyStripLayout layoutJourneyStrip(const JourneyStrip &strip, const QPointF &topLeft, qreal width,
                                      qreal dpi, const Theme &theme, const JourneyStripOptions &options = {});
// The height the strip needs at a width (its heightForWidth).
qreal journeyStripHeight(const JourneyStrip &strip, qreal width, qreal dpi, const Theme &theme,
                         const JourneyStripOptions &options = {});
// Paints the strip from the top of rect, at rect's width, measured for the painter's device.
void paintJourneyStrip(QPainter &painter, const QRectF &rect, const JourneyStrip &strip, const Theme &theme,
                       const JourneyStripOptions &options = {});

} // namespace cxm::report
