namespace Stance.Tests.Support;

/// <summary>A fact that renders pages in headless Chromium (Debian's <c>chromium</c>, or the
/// executable named by <c>STANCE_BROWSER</c>). Skipped with a message where there is none, unless
/// <c>STANCE_REQUIRE_BROWSER=1</c> (CI, which installs it), where the test fails instead.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Skips the test when no browser is found and none is required.</summary>
    public BrowserFactAttribute()
    {
        if (Browser.Executable is null && Environment.GetEnvironmentVariable("STANCE_REQUIRE_BROWSER") != "1")
            Skip = "needs Chromium (apt-get install chromium, or STANCE_BROWSER=/path/to/chrome); CI installs it";
    }
}

/// <summary>Finds and runs headless Chromium.</summary>
internal static class Browser
{
    public static string? Executable =>
        Environment.GetEnvironmentVariable("STANCE_BROWSER") is { Length: > 0 } named ? named
        : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Runs Chromium headless on a page with the given extra arguments; returns its standard output.</summary>
    public static string Run(string page, params string[] arguments)
    {
        var executable = Executable ?? throw new InvalidOperationException("STANCE_REQUIRE_BROWSER=1 but no Chromium was found; install it (apt-get install chromium) or set STANCE_BROWSER.");
        var profile = Directory.CreateTempSubdirectory("stance-chromium-");
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // The flags keep a sandboxed machine's Chromium from reaching for the network at start-up.
            foreach (var a in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName])
                start.ArgumentList.Add(a);
            foreach (var a in arguments)
                start.ArgumentList.Add(a);
            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            using var process = System.Diagnostics.Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within two minutes.");
            }

            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { } // Chromium may still hold a lock file
        }
    }
}
