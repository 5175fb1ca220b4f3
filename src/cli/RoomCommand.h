// `cxm room`: opens the live room on a session file without a window. Prints the join URL (with the
// room code) first, on its own line, then serves until SIGINT or SIGTERM and stops cleanly. The
// terminal is the facilitator's: RoomConsole reads commands from stdin (devices, remove, allow …).
#pragma once

#include "Instrument.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

struct RoomCommandOptions
{
    std::filesystem::path file;
    std::string bind;               // empty: loopback only
    int port = 0;                   // 0: any free port
    std::vector<std::string> round; // worksheets of the round opened at start; may be empty
    int perAddress = 2;             // participants one network address may claim
    bool ask = false;               // each phone waits for "allow N" on the terminal
};

// Returns the exit code: 0 after a clean stop, 2 after printing "cxm: error: …" to stderr.
int runRoomCommand(const RoomCommandOptions &options, const cxm::Instrument &instrument, int argc,
                   char **argv);
