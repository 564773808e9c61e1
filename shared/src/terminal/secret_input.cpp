// read_new_secret: termios to switch echo off, prompts on stderr (stdout stays for results).
#include "buurtkiosk/terminal/secret_input.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace bk {
namespace {

// One line without its end ("\n", or "\r\n" from a file written on Windows).
bool read_line(std::string& line) {
    if (!std::getline(std::cin, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

// Echo off for as long as it lives, and back on whatever happens.
class QuietTerminal {
public:
    QuietTerminal() {
        ok_ = tcgetattr(STDIN_FILENO, &before_) == 0;
        if (!ok_) return;
        termios quiet = before_;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~QuietTerminal() {
        if (ok_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &before_);
    }
    QuietTerminal(const QuietTerminal&) = delete;
    QuietTerminal& operator=(const QuietTerminal&) = delete;

private:
    termios before_{};
    bool ok_ = false;
};

} // namespace

std::optional<std::string> read_new_secret(const std::string& what, std::string& problem) {
    std::string secret;
    if (!isatty(STDIN_FILENO)) {
        if (read_line(secret)) return secret;
        problem = "no " + what + " on standard input";
        return std::nullopt;
    }
    // On a terminal: not shown, so a bystander does not read it, and twice, so a typo does not
    // lock its owner out.
    std::string again;
    bool read = false;
    {
        QuietTerminal quiet;
        std::fprintf(stderr, "New %s: ", what.c_str());
        read = read_line(secret);
        std::fprintf(stderr, "\nThe same %s again: ", what.c_str());
        read = read && read_line(again);
        std::fprintf(stderr, "\n");
    }
    if (!read) {
        problem = "no " + what + " typed";
        return std::nullopt;
    }
    if (secret != again) {
        problem = "the second " + what + " differs from the first";
        return std::nullopt;
    }
    return secret;
}

} // namespace bk
