// write_file_durably: open, write, fsync, rename, fsync the folder; every step checked.
#include "buurtkiosk/files/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace bk {
namespace {

[[noreturn]] void fail(const fs::path& file, const char* step, int error) {
    throw std::runtime_error("cannot " + std::string(step) + " " + file.string() + ": " +
                             std::strerror(error));
}

void write_all(int fd, const std::string& bytes, const fs::path& tmp) {
    const char* p = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(tmp, "write", n < 0 ? errno : ENOSPC);
        p += n;
        left -= static_cast<size_t>(n);
    }
}

} // namespace

std::optional<std::string> read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(bytes).str();
}

void write_file_durably(const fs::path& file, const std::string& bytes, mode_t mode) {
    fs::path tmp = file;
    tmp += ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) fail(tmp, "create", errno);
    try {
        if (::fchmod(fd, mode) != 0) fail(tmp, "chmod", errno); // a leftover keeps its old mode
        write_all(fd, bytes, tmp);
        if (::fsync(fd) != 0) fail(tmp, "fsync", errno);
        int closed = ::close(fd);
        fd = -1;
        if (closed != 0) fail(tmp, "close", errno);
        if (::rename(tmp.c_str(), file.c_str()) != 0) fail(file, "rename the new file to", errno);
    } catch (...) {
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str()); // may hold personal data: never leave it behind
        throw;
    }
    // The rename is durable only once the folder's entry is on disk too.
    fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) fail(folder, "open folder", errno);
    int synced = ::fsync(dir);
    int error = errno;
    ::close(dir);
    if (synced != 0) fail(folder, "fsync folder", error);
}

} // namespace bk
