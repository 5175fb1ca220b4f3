// cxm-bench-time RUNS TIMEOUT_SECONDS COMMAND [ARGS...]: runs COMMAND RUNS times, one after the
// other, and prints one line for scripts/bench:
//   ok MEDIAN_WALL_MS MEDIAN_CPU_MS PEAK_RSS_KIB
// (wall clock from fork to exit, CPU = user + system, peak RSS = the largest of the runs, from
// wait4's rusage of each child), or "timeout SECONDS" when a run did not finish in time (it is then
// killed), or "failed STATUS" when a run did not exit with 0. The command's standard output is
// discarded; its standard error is passed through.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double ms(const timeval &t)
{
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
}

// Waits for pid for at most timeoutMs; false (child still running) on timeout.
bool waitWithTimeout(pid_t pid, int timeoutMs)
{
#ifdef SYS_pidfd_open
    const int fd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    if (fd >= 0) {
        pollfd p{fd, POLLIN, 0};
        int rc;
        do
            rc = poll(&p, 1, timeoutMs);
        while (rc < 0 && errno == EINTR);
        close(fd);
        return rc > 0;
    }
#endif
    // No pidfd (old kernel): poll the child every millisecond.
    for (int waited = 0; waited < timeoutMs; ++waited) {
        siginfo_t info{};
        if (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
            info.si_pid == pid)
            return true;
        usleep(1000);
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: cxm-bench-time RUNS TIMEOUT_SECONDS COMMAND [ARGS...]\n");
        return 1;
    }
    const int runs = std::max(1, std::atoi(argv[1]));
    const int timeoutS = std::max(1, std::atoi(argv[2]));
    std::vector<double> wall, cpu;
    long peakKiB = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const pid_t pid = fork();
        if (pid < 0) {
            std::perror("cxm-bench-time: fork");
            return 2;
        }
        if (pid == 0) {
            const int null = open("/dev/null", O_WRONLY);
            if (null >= 0)
                dup2(null, STDOUT_FILENO);
            execvp(argv[3], argv + 3);
            std::perror("cxm-bench-time: exec");
            _exit(127);
        }
        if (!waitWithTimeout(pid, timeoutS * 1000)) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
            std::printf("timeout %d\n", timeoutS);
            return 0;
        }
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) != pid) {
            std::perror("cxm-bench-time: wait4");
            return 2;
        }
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::printf("failed %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
            return 0;
        }
        cpu.push_back(ms(usage.ru_utime) + ms(usage.ru_stime));
        peakKiB = std::max(peakKiB, usage.ru_maxrss);
    }
    std::printf("ok %.1f %.1f %ld\n", median(wall), median(cpu), peakKiB);
    return 0;
}
