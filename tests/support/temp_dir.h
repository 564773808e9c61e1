// A fresh folder under the system temp dir for one test, removed with everything in it after.
#pragma once
#include <filesystem>
#include <string>

namespace bk::test {

// A whole file as bytes ("" when it cannot be read).
std::string read_text(const std::filesystem::path& file);

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Writes `text` to a file below the folder, creating subfolders as needed.
    void write(const std::string& relative, const std::string& text) const;

private:
    std::filesystem::path path_;
};

} // namespace bk::test
