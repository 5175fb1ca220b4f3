<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cxm::cli::Cli</name>
    <message numerus="yes">
        <source>cxm: the room is open with a round of %n worksheet(s); Ctrl+C closes it</source>
        <translation>
            <numerusform>cxm: the room is open with a round of %n worksheet; Ctrl+C closes it</numerusform>
            <numerusform>cxm: the room is open with a round of %n worksheets; Ctrl+C closes it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheet(s)</source>
        <translation>
            <numerusform>%n worksheet</numerusform>
            <numerusform>%n worksheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s)</source>
        <translation>
            <numerusform>%n heading</numerusform>
            <numerusform>%n headings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are the app&apos;s own, not the workbook&apos;s:</source>
        <translation>
            <numerusform>%n text is the app&apos;s own, not the workbook&apos;s:</numerusform>
            <numerusform>%n texts are the app&apos;s own, not the workbook&apos;s:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up %n milestone(s)</source>
        <translation>
            <numerusform>up %n milestone</numerusform>
            <numerusform>up %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n milestone(s)</source>
        <translation>
            <numerusform>down %n milestone</numerusform>
            <numerusform>down %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) chosen</source>
        <translation>
            <numerusform>%n conflict chosen</numerusform>
            <numerusform>%n conflicts chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) published</source>
        <translation>
            <numerusform>%1: %n session published</numerusform>
            <numerusform>%1: %n sessions published</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::report::Report</name>
    <message numerus="yes">
        <source>%1 up %n milestone(s)</source>
        <translation>
            <numerusform>%1 up one milestone</numerusform>
            <numerusform>%1 up %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 down %n milestone(s)</source>
        <translation>
            <numerusform>%1 down one milestone</numerusform>
            <numerusform>%1 down %n milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::CompareActions</name>
    <message numerus="yes">
        <source>The follow-up of %1: %n open action(s) and the targets carried over, no answers yet.</source>
        <translation>
            <numerusform>The follow-up of %1: its open action and the targets carried over, no answers yet.</numerusform>
            <numerusform>The follow-up of %1: %n open actions and the targets carried over, no answers yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::ComparisonView</name>
    <message numerus="yes">
        <source>%1 up %n milestone(s)</source>
        <translation>
            <numerusform>%1 up one milestone</numerusform>
            <numerusform>%1 up %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 down %n milestone(s)</source>
        <translation>
            <numerusform>%1 down one milestone</numerusform>
            <numerusform>%1 down %n milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::MergeDialog</name>
    <message numerus="yes">
        <source>%1 (%n participant(s))</source>
        <translation>
            <numerusform>%1 (%n participant)</numerusform>
            <numerusform>%1 (%n participants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to choose.</source>
        <translation>
            <numerusform>%n conflict still to choose.</numerusform>
            <numerusform>%n conflicts still to choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: the merged session has %n participant(s).</source>
        <translation>
            <numerusform>Ready: the merged session has %n participant.</numerusform>
            <numerusform>Ready: the merged session has %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::PortfolioDialog</name>
    <message numerus="yes">
        <source>%n session(s) published</source>
        <translation>
            <numerusform>%n session published</numerusform>
            <numerusform>%n sessions published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown.</source>
        <translation>
            <numerusform>%n session shown.</numerusform>
            <numerusform>%n sessions shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReadinessPage</name>
    <message numerus="yes">
        <source>Strong mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split, so nobody owns this work today.</source>
        <translation>
            <numerusform>Strong mandate to explore a Chief Customer Officer role: %n of 11 questions is answered No or split, so nobody owns this work today.</numerusform>
            <numerusform>Strong mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split, so nobody owns this work today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moderate mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split.</source>
        <translation>
            <numerusform>Moderate mandate to explore a Chief Customer Officer role: %n of 11 questions is answered No or split.</numerusform>
            <numerusform>Moderate mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low mandate for a Chief Customer Officer role: only %n of 11 questions are answered No or split; the organisation already covers most of this work.</source>
        <translation>
            <numerusform>Low mandate for a Chief Customer Officer role: only %n of 11 questions is answered No or split; the organisation already covers most of this work.</numerusform>
            <numerusform>Low mandate for a Chief Customer Officer role: only %n of 11 questions are answered No or split; the organisation already covers most of this work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::RoomDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) wait for you to let them in.</source>
        <translation>
            <numerusform>%n phone waits for you to let it in.</numerusform>
            <numerusform>%n phones wait for you to let them in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::StagesPage</name>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n answer(s) about it. Remove the stage and its answers?

You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n answer about it. Remove the stage and its answers?

You can undo this with Edit → Undo.</numerusform>
            <numerusform>&quot;%1&quot; has %n answers about it. Remove the stage and its answers?

You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
</context>
</TS>
