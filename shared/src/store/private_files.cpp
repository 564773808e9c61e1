#include "buurtkiosk/store/private_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace bk {

void create_private_directories(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> missing;
    std::error_code ec;
    for (auto p = dir; !p.empty() && !std::filesystem::exists(p, ec); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        // mkdir applies the umask, which may only take rights away: 0700 stays 0700 unless the
        // umask takes the owner's too, hence the chmod.
        if (::mkdir(it->c_str(), 0700) == 0) ::chmod(it->c_str(), 0700);
    }
}

void make_private_file(const std::filesystem::path& file) {
    int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && (st.st_mode & 0077) != 0) ::fchmod(fd, st.st_mode & 0700);
    ::close(fd);
}

} // namespace bk
