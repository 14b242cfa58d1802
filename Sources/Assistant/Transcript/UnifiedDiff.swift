/// A unified diff of two short line lists (one command's output), for replay mismatches.
enum UnifiedDiff {
    /// `-` lines from `expected`, `+` lines from `actual`, ` ` for both, in order (LCS-based).
    static func lines(expected: [String], actual: [String]) -> [String] {
        let n = expected.count, m = actual.count
        var common = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = expected[i] == actual[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [String] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                result.append(" " + expected[i]); i += 1; j += 1
            } else if i < n, j == m || common[i + 1][j] >= common[i][j + 1] {
                result.append("-" + expected[i]); i += 1
            } else {
                result.append("+" + actual[j]); j += 1
            }
        }
        return result
    }
}
