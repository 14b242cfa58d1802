/// What a build of csp-migrate is: the release number from the repository's VERSION file (the same
/// number the Debian package carries) and the commit it was built from. `ProgramVersion.current` is
/// generated at build time by scripts/build-info.
public struct ProgramVersion: Equatable, Sendable, Encodable {
    /// `0.2.0`.
    public var number: String
    /// A short commit id; `-modified` after it when built from uncommitted changes, `unknown` outside git.
    public var commit: String
    /// The commit's date, `2026-11-29` (the manual page's date), `unknown` outside git.
    public var date: String

    public init(number: String, commit: String, date: String) {
        self.number = number
        self.commit = commit
        self.date = date
    }

    /// `csp-migrate 0.2.0 (commit 8390ffb1c2d3)`: what `--version` and `version` print.
    public var line: String { "csp-migrate \(number) (commit \(commit))" }
}
