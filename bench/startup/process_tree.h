// Starting a program as its own session and reading its whole process tree from /proc:
// memory (Pss, Rss) and CPU time, so a multi-process browser and a one-process kiosk compare
// fairly.
#pragma once
#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace bk::bench {

// fork + setsid + exec; stdout and stderr go to `log_path`. Returns the child's pid, or -1.
pid_t spawn(const std::vector<std::string>& argv, const std::string& log_path);

// The root and every process descended from it or in its session (Chromium's zygote children).
std::vector<pid_t> process_tree(pid_t root);

struct TreeMemory {
    double pss_mib = 0; // proportional set size: shared pages split among their users
    double rss_mib = 0; // resident set size summed: counts shared libraries once per process
    // Physical pages resident in any process of the tree, each counted once (from
    // /proc/<pid>/pagemap; needs root, else 0): what the tree costs alone on a device.
    double unique_mib = 0;
    int processes = 0;
    // PSS by what the mappings hold (kind_of_mapping): "graphics driver", "libraries", "heap and
    // anonymous" (textures in RAM, threads' stacks, allocations), "files and other".
    std::map<std::string, double> pss_by_kind_mib;
};

// The kind a mapping of /proc/<pid>/smaps counts under, from its path ("" for anonymous).
std::string kind_of_mapping(const std::string& path);
TreeMemory tree_memory(pid_t root);

// utime+stime+cutime+cstime in clock ticks for each process of the tree.
std::map<pid_t, long long> tree_cpu_ticks(pid_t root);
// CPU seconds spent between two samples of the same tree (new processes count in full).
double cpu_seconds_between(const std::map<pid_t, long long>& before,
                           const std::map<pid_t, long long>& after);

// SIGTERM to each process of the tree by pid, SIGKILL after `grace_ms`; reaps the root.
void stop_tree(pid_t root, int grace_ms = 3000);

} // namespace bk::bench
