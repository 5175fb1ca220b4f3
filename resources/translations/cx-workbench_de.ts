<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>cxm::cli::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a session file (.cxm), which cxm reads only from a file on disk, not through a pipe; save it to a file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: nothing could be read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm - CX Maturity Workbench on the command line

Usage:
  cxm validate [DIR]                         check the instrument files in DIR (default: the built-in ones)
  cxm import SESSION.json -o FILE.cxm        make a session file from a session document
  cxm export FILE.cxm --format json|csv [-o OUT]
                                             write the session as JSON or CSV (to stdout without -o)
  cxm export FILE.cxm --format xlsx -o OUT.xlsx
                                             write a spreadsheet: the action plan, the scores and
                                             the answers
  cxm score FILE [--json]                    score a session (.cxm or session JSON)
  cxm demo -o FILE.cxm                       write a realistic six-person demo workshop
  cxm report FILE -o REPORT.pdf|REPORT.odt [--page-size A4|Letter] [--anonymous] [--appendix full|short]
                                             render the maturity report as a PDF, or as an editable
                                             OpenDocument text (.odt, for Word or LibreOffice Writer)
  cxm room FILE.cxm [--bind ADDRESS] [--port N] [--round WORKSHEET[,WORKSHEET…]]
                                             open the live room: print the join URL, then serve
                                             phones until Ctrl+C (SIGINT) or SIGTERM; --round opens
                                             a round on these worksheets (e.g. c1,c2,c3,c4,c5);
                                             listens on 127.0.0.1 unless --bind is given
  cxm --help | --version

Option before any command:
  --instrument DIR                           use the instrument folder DIR (a modified copy of
                                             assessments/) instead of the built-in one

Exit status: 0 success, 1 usage error, 2 bad input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output: could not be written completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instrument needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instrument DIR needs a command after it (see cxm --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of cxm has no report support (built without Qt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of cxm has no live room (built without Qt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see cxm --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appendix must be full or short, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown report format; the name must end in .pdf (PDF) or .odt (OpenDocument text, for Word or LibreOffice Writer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm: error: %1: cannot be changed, so the room cannot store answers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm: error: --bind: &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm: error: the room cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cxm: the room is open with a round of %n worksheet(s); Ctrl+C closes it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cxm: the room is open; Ctrl+C closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm: the room is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity milestone: %1 (%2 of %3)   overall%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity milestone: not yet known — %1 of %2 competency questions have no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements (someone said %1, someone said %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Core: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (agreed ranking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer is in the Power Core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer is not in the Power Core: other forces drive the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreement between the %2 rankings (Kendall&apos;s W = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO readiness: %1 yes, %2 no, %3 split, %4 unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate to explore the Chief Customer Officer role: %1 (%2 of %3 questions answered No or split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate: not yet known until every question has an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm: wrote %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be json, csv or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx needs -o OUT.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxm: wrote the demo workshop to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes at most one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 version %3 is valid (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worksheet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <comment>scoring band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>scoring band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <comment>scoring band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>scoring band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are the app&apos;s own, not the workbook&apos;s:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::report::Report</name>
    <message>
        <source>bars and numbers: how many gave each level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s agreed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement: both %1 and %2 were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey&apos;s stages are not defined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s position appears once every competency has been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: every target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early and Mature both chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own overall index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Core ranking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO readiness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 participants this report gives one line per person: their own overall index, their A and B, how many CCO readiness questions they answered Yes and how many notes they wrote. For every answer and note, export the report again with the full appendix (in the workbench: &quot;Every answer in full&quot;; on the command line: --appendix full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Core A / B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an anonymous report: individual answers are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules are this tool&apos;s, applied to the workbook&apos;s questions: the workbook asks the questions and describes the milestones, the tool computes the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Competencies.&lt;/b&gt; Early counts 1, Advanced 2, Mature 3. An item&apos;s value is the rating given. A competency&apos;s percentage is (mean of its item values − 1) / 2 × 100, so all Early is 0% and all Mature is 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Competencies.&lt;/b&gt; Early counts 1, Advanced 2, Mature 3. An item&apos;s team value is the consensus rating when the team recorded one, otherwise the mean of the individual ratings (two decimals). A competency&apos;s percentage is (mean of its item values − 1) / 2 × 100, so all Early is 0% and all Mature is 100%. A disagreement is an item where someone chose Early and someone chose Mature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Maturity map.&lt;/b&gt; The overall index is the mean of the five competency percentages (one decimal), computed only when every item has a value. Each band of %1 percentage points is one milestone (Commit, Unite &amp; Build, Embed, Mature, Elevate); the organisation sits at most %2 milestone above the band of its weakest competency. This placement is the tool&apos;s rule: the workbook describes the milestones but does not score them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Power Core.&lt;/b&gt; The participant ranks the seven options; A and B are the first two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Power Core.&lt;/b&gt; Each participant ranks the seven options. Points: an option earns %1 for a first place, %2 for a second, and so on down to %3 for the last (a Borda count). The team ranking orders the options by their points (ties: more first places, then the workbook&apos;s order), unless the team recorded a consensus ranking; A and B are its first two. Agreement (Kendall&apos;s W) runs from 0, no agreement at all, to 1, identical rankings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CCO readiness.&lt;/b&gt; The more questions are answered No, the stronger the mandate to explore a Chief Customer Officer role (0–3 low, 4–7 moderate, 8–11 strong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CCO readiness.&lt;/b&gt; Each question&apos;s team answer is the recorded consensus, otherwise the majority, or split on a tie. The more questions are answered No or split, the stronger the mandate to explore a Chief Customer Officer role (0–3 low, 4–7 moderate, 8–11 strong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;n of N answered.&lt;/b&gt; Where a figure rests on fewer than all participants, the report says how many answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a conversation starter, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a conversation starter, not a verdict: the report shows the spread behind every number so the team can see where its leaders see things differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not every item is rated yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet: no item has a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(title added by this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement: someone said Early and someone said Mature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Power Core rankings were recorded in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rankings were recorded in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking below is the one recorded as agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking below is the participant&apos;s own, first place first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team ranking below is the consensus the team recorded;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team ranking adds up each option&apos;s points from %1 rankings%2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (a Borda count): in each person&apos;s ranking an option earns %1 points for a first place, %2 for a second, and so on down to %3 for the last place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customer is not in the Power Core (neither A nor B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant&apos;s A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant&apos;s first two places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate for a Chief Customer Officer: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 questions answered No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate for a Chief Customer Officer: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 questions answered No or split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate not determined: %1 of %2 questions are unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6 · %7 %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each question answered No%1, the workbook&apos;s own implementation tip follows, in its author&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s tip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is not yet placed on the map; these are the asks of the first milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has reached the last milestone; these are its asks, to sustain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next milestone on the map is &lt;b&gt;%1&lt;/b&gt;. What the workbook says it asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO priorities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an organisation at Commit, Unite &amp; Build or Embed: years 1 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an organisation at Mature or Elevate: year 4 and beyond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Stop candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priorities or projects listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop candidate is a project that serves none of the stage&apos;s priority touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 · – %2 · ? not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the organisation stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 now, target %3 %4 (a gap of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The biggest gaps to the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weakest items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets are set yet; these items have the lowest values now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every target set is reached; these items have the lowest values now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions are in the plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench suggests, from the answers (not yet agreed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action in the plan is done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %1 more still to do: see “%2”%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the readiness answers recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation yet: %1 of %2 readiness questions are unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 readiness questions answered No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 readiness questions answered No or split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Create the role&lt;/b&gt;: a %1 mandate for a Chief Customer Officer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Advance the exploration of the role&lt;/b&gt;: a %1 mandate for a Chief Customer Officer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Strengthen what is in place&lt;/b&gt;: a %1 mandate for a new role (%2); most of the work a Chief Customer Officer would take on has an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s “%1”, for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness questions most answered Yes while some answered No, not yet decided: talk them through rather than act on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Yes, %2 No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item with a target: its value now (1 to 3) against the level aimed at, the largest gap first. The maturity map shows the same targets (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year 1 starting with the first quarter shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year 1 starting on the session&apos;s date, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action in the quarter it is due, in a lane per CCO priority it serves, under the targets; the bands at the top show the maturity map&apos;s years (%1). The mark before a title shows its status; the full list is in “%2”%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Customer Experience Development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement not measured (fewer than two rankings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Kendall&apos;s W = %1, on a scale from 0, no agreement, to 1, identical rankings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Maturity Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief Customer Officer (CCO) workbook, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous report: participants&apos; names, roles and individual answers are not shown. Names typed into notes and labels are masked and print as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (milestone %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the organisation sits is this tool&apos;s rule, not the workbook&apos;s: the overall index in bands of %1 points, at most one milestone above the weakest competency (see “%2”%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall maturity index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index is the mean of the five competency percentages (0% = all Early, 100% = all Mature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet placed on the maturity map: %1 of %2 competencies are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone and the overall index appear once every item of every competency has a rating or a consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every competency scores the same:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest competencies (tied):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest competency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest competencies (tied):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest competency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team disagreed (someone said Early, someone said Mature) on %1 of %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Core: A = %1, B = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (A and B are tied on points and first places; the workbook&apos;s order lists %1 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (B tied with %1 on points and first places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customer is in the Power Core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Customer is not in the Power Core: customer needs are not yet at the centre of decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Core: no rankings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO readiness mandate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No or split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO readiness mandate: not determined (%1 questions unanswered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least reliable stage for customers: %1. %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 15 items at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty is shown on the %1, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barometer&apos;s scale is this app&apos;s own; the workbook gives none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s answer is its recorded decision, otherwise the majority of those who answered; the difficulty is the team&apos;s, otherwise the mean of everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics were named or answered in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(named by the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yes, %2 no%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 metrics are tracked and discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the untracked ones have a mean difficulty of %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team is split on 1 metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team is split on %1 metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 metric is not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metrics are not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ marks a stage where someone gave the lowest level and someone the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As customers live it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels aimed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: the level aimed at, by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions in the plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::AbsenceButton</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark who is not here for this step: the step is complete without their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent: %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ActionsModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::AnonymousRevealWidget</name>
    <message>
        <source>Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered, no names shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early %1, Advanced %2, Mature %3; %4 of %5 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::AnswerGridModel</name>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ChoicePage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off the stairway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ChoiceRow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ChoiceTableView</name>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::CompetencyPage</name>
    <message>
        <source>Early %1 · Advanced %2 · Mature %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the laptop: each participant answers alone, unseen by the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the projector: how many chose each level, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: why this rating (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Disagreement: Early and Mature both given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this consensus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private voting is on: answers stay hidden until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers revealed anonymously: how many chose each level, without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers revealed. Discuss the widest disagreements first (see Maturity Map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click E, A or M for each person, or type E, A or M to fill a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 have answered. Answers are hidden until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a consensus first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ExportActions</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should the report name the participants and show their individual answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 participants, printing every person&apos;s answers and notes makes a long appendix. Which appendix should the report have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary row per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export editable report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text, for Word or LibreOffice Writer (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the spreadsheet to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the anonymous report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the anonymous editable report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the editable report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the session as JSON to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the answers as CSV to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the imported session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the session open now. Choose another name for the imported session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::JourneyStripWidget</name>
    <message>
        <source>Journey strip: the ratings of every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ListsPage</name>
    <message>
        <source>Return adds an entry to the list you are in, F2 edits the selected one, Delete removes it, Ctrl+↑ and Ctrl+↓ move it; Tab goes to the next list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Customer Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define your journey&apos;s stages first. These lists are written for each stage, on the step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;self-assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import session JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;editable report (ODT)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same report as a document to edit in Word or LibreOffice Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Maturity Workbench logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Maturity Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find where your organisation stands on the customer-experience maturity map: as a leadership team in a workshop, or on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facilitator and a leadership team, on one laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leader, answering alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session file (.cxm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished workshop with six executives, to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.

Reason: %2

Nothing in the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCO Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 projects decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>»  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — CX Maturity Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CX Maturity Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1. Changes cannot be saved here; use File → Save As… to make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s file was replaced or removed by another program. Your answers on screen are not lost: use Save As to keep them.

Save them in a new file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop %1.cxm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment %1.cxm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print maturity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is read-only (%1), so votes cannot be stored. Use File → Save As… to make an editable copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is read-only (%1), so answers from phones cannot be stored. Use File → Save As… to make an editable copy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::MaturityMapPage</name>
    <message>
        <source>Private voting is on: the map is shown once the facilitator reveals the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Discussion order&lt;/b&gt; (widest disagreement first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in discussion order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers are hidden.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Milestone:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Milestone:&lt;/b&gt; shown once every competency is answered.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overall:&lt;/b&gt; %1%&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not everyone has answered yet&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Power Core&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1&lt;br&gt;B: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;A is tied with %1 on points and first places.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;B is tied with %1 on points and first places.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;as agreed by the team&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:#c2410c&quot;&gt;&lt;b&gt;⚑ Customer is not in the Power Core.&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rankings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CCO readiness&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Staying at %1 asks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The next milestone, %1, asks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;of leaders:&lt;/i&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;i&gt;of employees:&lt;/i&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2. %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::MaturityMapView</name>
    <message>
        <source>Maturity map drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ParticipantsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::PlanDelegate</name>
    <message>
        <source>(nothing in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::PlanPage</name>
    <message>
        <source>Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the diagnosis into actions: what, who, by when, and which CCO priority each one serves. Double-click a cell (or press F2) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet: add one, or take a suggestion into the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road&amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss before deciding: readiness question %1, %2 Yes and %3 No. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by your answers (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions are open: each has been taken into the plan or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::PowerCorePage</name>
    <message>
        <source>strong agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Kendall&apos;s W %2, on a scale from 0, no agreement, to 1, identical rankings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking by participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant whose ranking is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking, most important first. Alt+Up and Alt+Down move the selected option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this participant&apos;s ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the order shown as this ranking, without moving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Other&quot; is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the Other option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the Other option (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed ranking, most important first. Alt+Up and Alt+Down move the selected option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order the team agreed on: drag, or Alt+Up and Alt+Down, to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as agreed ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the team ranking shown above as the ranking the team agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear agreed ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked absent for the Power Core: the team ranking does not wait for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking stored. Drag to change it, or select an option and use Up/Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked yet: drag the options into order (most important first), or use Up/Down. If the order shown is already right, choose &quot;This order is right&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rankings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by one participant so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by %1 participants: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: Customer is not in the Power Core (A or B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed ranking recorded: A = %1, B = %2. Drag below to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed ranking recorded; the team ranking above is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer is not in your Power Core (A or B): other forces drive the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::PrivateVotingDialog</name>
    <message>
        <source>Private voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: choose a PIN for this round of private voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen stays on private voting until you enter this PIN: Esc and closing the window do not leave it. You need the PIN again to reveal the answers. Use at least %1 characters that the participants do not see you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For someone who is not in the room: go on to the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: end voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done — hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: enter the PIN to leave private voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the facilitator? Press Back to return to voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave private voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please hand the laptop back to the facilitator, who enters the PIN to finish. The answers stay hidden until the facilitator reveals them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the PIN. Ask the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the laptop to %1 — press Start when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your answers (only you can see them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has voted: all %1 answered every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is over, but not everyone answered every question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: enter the PIN you chose for private voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the PIN. The answers stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how many chose each level, without names?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone&apos;s answers, with their names?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::QrCodeWidget</name>
    <message>
        <source>QR code of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReadinessGridModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, question %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReadinessPage</name>
    <message>
        <source>The mandate is shown once every question has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Strong mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split, so nobody owns this work today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moderate mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low mandate for a Chief Customer Officer role: only %n of 11 questions are answered No or split; the organisation already covers most of this work.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll the participants sideways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#tip&quot;&gt;Tip ▸&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workbook&apos;s tip for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s tip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#tip&quot;&gt;Tip ▾&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team decision for question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided: Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided: No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No or split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReconcilePage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Stop candidate: a project that serves none of the stage&apos;s priority touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Stop candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects listed for this stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 project listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stop candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stop candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReferencePage</name>
    <message>
        <source>Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the &amp;projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards full screen in large type; Esc closes them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::RoadmapWidget</name>
    <message>
        <source>Roadmap of the plan by quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::RoomDialog</name>
    <message>
        <source>The live room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a &amp;new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next phone that picks this name takes over; the one it had is taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take device out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone missing? Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a participant to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round: the worksheets phones answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal with names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close round and reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the worksheets of the round first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not joined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round open: %1 of %2 have answered. Answers stay hidden until you close the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 have joined. No round is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::SessionController</name>
    <message>
        <source>Cannot read the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to %1.

Reason: %2

The screen shows what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused: %1

The screen shows what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the workbook&apos;s journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record agreed ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set team answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name priority touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer readiness question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer suggestion again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal answers anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private voting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::SetupPage</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Northwind Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Leadership team workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chief Executive Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has given one answer. Remove %1 and this answer?

You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has given %2 answers. Remove %1 and their answers?

You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::StageChecklistPage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stage %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: %1. Not ticked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::StageScalePage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Disagreement: %1 and %2 both given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team answer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private voting is on: answers stay hidden until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers revealed anonymously: how many chose each level, without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each stage, click %1 for each person, or type its letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 have answered. Answers are hidden until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team answer first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::StagesPage</name>
    <message>
        <source>&lt;b&gt;As customers live it&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Replaces&lt;/b&gt;: %2&lt;br&gt;&lt;b&gt;Questions&lt;/b&gt;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the workbook&apos;s journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research, Decision, Selection, Installation, Usage, Relationship, with the workbook&apos;s questions; rename and change them to fit your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As customers live it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces (company-centric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Prospect, Pitch, Close, Service, Resell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s questions (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this stage earlier in the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this stage later in the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n answer(s) about it. Remove the stage and its answers?

You can undo this with Edit → Undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define at least %1 stages (the workbook suggests %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages: the most the workbook suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages. Rename them as your customers would, and write the questions each stage must answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::TargetsPage</name>
    <message>
        <source>within %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you want to be, and by when? Set a target for a whole competency on its row, or item by item. By: a date (YYYY-MM-DD) or &quot;within 12 months&quot; of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::TeamRankingModel</name>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s ranking gives %1 points for a first place, %2 for a second … 0 for the last; the points are added up (a Borda count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::TrackedPage</name>
    <message>
        <source>The workbook&apos;s examples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty: not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least %1 (the workbook asks for %1-%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::VotingSheet</name>
    <message>
        <source>%1.%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stage %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stages %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxm::ui::WorkbookText</name>
    <message>
        <source>Title added by this app: the workbook leaves this question untitled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer-experience maturity workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of every step to DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up and step-switch times (with FILE: its open time and peak memory) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the instrument folder DIR (a modified copy of assessments/) instead of the built-in questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file (.cxm) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument folder cannot be used:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
