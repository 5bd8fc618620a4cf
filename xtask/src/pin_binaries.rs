//! `pin-binaries`: records in `schema/pin.json` the sha256 of the native codex binary of every
//! platform package of the pinned and compatibility releases, as npm serves them. Which
//! platforms exist is what `@openai/codex@VERSION` lists in its `optionalDependencies`; each
//! package is fetched with `npm pack`, hashed inside its tarball, and deleted.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail, ensure};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::schema_input::{self, BinaryRecord};

/// The binaries of one release: npm platform (`linux-x64`) -> record.
pub(crate) type Binaries = BTreeMap<String, BinaryRecord>;

/// Records the binaries of every release the pin names, then regenerates. A hash that differs
/// from the one already recorded is an error: npm never changes a published version, so a
/// change means the registry (or a mirror) serves something else.
pub(crate) fn run(workspace: &Path) -> Result<()> {
    let mut pin = schema_input::read_pin(workspace)?;
    let versions: Vec<String> = std::iter::once(pin.codex_version.clone())
        .chain(pin.compat_versions.iter().cloned())
        .collect();
    let mut binaries = BTreeMap::new();
    for version in &versions {
        let recorded = record_release(workspace, version)?;
        if let Some(old) = pin.binaries.get(version) {
            check_unchanged(version, old, &recorded)?;
        }
        binaries.insert(version.clone(), recorded);
    }
    pin.binaries = binaries;
    schema_input::write_pin(workspace, &pin)?;
    crate::codegen::write(workspace)?;
    eprintln!(
        "schema/pin.json records the codex binaries of {}; generated code is up to date",
        versions.join(", ")
    );
    Ok(())
}

/// The binaries of `version` the pin already records, else those npm serves now.
pub(crate) fn recorded_or_fetched(
    workspace: &Path,
    old: &BTreeMap<String, Binaries>,
    version: &str,
) -> Result<Binaries> {
    match old.get(version) {
        Some(binaries) if !binaries.is_empty() => Ok(binaries.clone()),
        _ => record_release(workspace, version),
    }
}

/// Fails when a platform recorded in `old` has another hash (or is gone) in `new`.
fn check_unchanged(version: &str, old: &Binaries, new: &Binaries) -> Result<()> {
    for (platform, before) in old {
        match new.get(platform) {
            Some(now) if now == before => {}
            Some(now) => bail!(
                "codex {version} on {platform}: npm now serves {} with sha256 {} at {}, but the \
                 pin records {} at {}; a published npm version never changes, so check the \
                 registry you use before replacing the entry by hand",
                now.spec,
                now.sha256,
                now.path,
                before.sha256,
                before.path
            ),
            None => bail!("codex {version} no longer lists the platform package of {platform}"),
        }
    }
    Ok(())
}

/// Every platform package of codex `version`, each fetched, hashed and deleted.
pub(crate) fn record_release(workspace: &Path, version: &str) -> Result<Binaries> {
    let packages = platform_packages(version)?;
    ensure!(
        !packages.is_empty(),
        "@openai/codex@{version} lists no platform packages in its optionalDependencies"
    );
    let mut binaries = BTreeMap::new();
    for (package, spec) in packages {
        eprintln!("hashing the codex binary of {package} ({spec})");
        let (platform, record) = record_package(workspace, &package, &spec)?;
        if binaries.insert(platform.clone(), record).is_some() {
            bail!("two platform packages of codex {version} are both for {platform}");
        }
    }
    let here = crate::codex_install::current_platform();
    ensure!(
        binaries.contains_key("linux-x64"),
        "codex {version} has no linux-x64 package: the tests could not run on linux-x64"
    );
    if let Some(here) = here.filter(|here| !binaries.contains_key(here)) {
        eprintln!("warning: codex {version} has no package for this machine ({here})");
    }
    Ok(binaries)
}

/// The `optionalDependencies` of `@openai/codex@VERSION`: name -> spec.
fn platform_packages(version: &str) -> Result<Vec<(String, String)>> {
    let output = npm()
        .args([
            "view",
            &format!("@openai/codex@{version}"),
            "optionalDependencies",
            "--json",
        ])
        .stderr(Stdio::inherit())
        .output()
        .context("running `npm view` (install Node.js and npm)")?;
    ensure!(
        output.status.success(),
        "`npm view @openai/codex@{version} optionalDependencies` failed ({})",
        output.status
    );
    if output.stdout.iter().all(u8::is_ascii_whitespace) {
        return Ok(Vec::new());
    }
    let value: Value = serde_json::from_slice(&output.stdout)
        .context("parsing the optionalDependencies npm printed")?;
    let Value::Object(map) = value else {
        bail!("npm printed optionalDependencies that are not an object: {value}");
    };
    map.into_iter()
        .map(|(name, spec)| match spec {
            Value::String(spec) => Ok((name, spec)),
            other => bail!("the optional dependency {name} has the spec {other}"),
        })
        .collect()
}

/// Fetches one platform package and hashes its codex binary: returns its npm platform and
/// record.
fn record_package(workspace: &Path, package: &str, spec: &str) -> Result<(String, BinaryRecord)> {
    // An alias (`npm:@openai/codex@0.171.0-linux-x64`) names the real package; a plain
    // version names a version of `package` itself.
    let target = match spec.strip_prefix("npm:") {
        Some(real) => real.to_owned(),
        None => format!("{package}@{spec}"),
    };
    let dir = workspace.join("target").join("pin-binaries");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let tarball = pack(&dir, &target)?;
    let recorded = read_tarball(&tarball, package, spec);
    // The tarballs are large (100-300 MB): none is kept.
    let _ = std::fs::remove_file(&tarball);
    recorded.with_context(|| format!("reading {target} as npm packed it"))
}

/// `npm pack TARGET` into `dir`; returns the tarball.
fn pack(dir: &Path, target: &str) -> Result<PathBuf> {
    let output = npm()
        .args(["pack", "--ignore-scripts", "--json", "--pack-destination"])
        .arg(dir)
        .arg(target)
        .stderr(Stdio::inherit())
        .output()
        .context("running `npm pack` (install Node.js and npm)")?;
    ensure!(
        output.status.success(),
        "`npm pack {target}` failed ({})",
        output.status
    );
    let value: Value =
        serde_json::from_slice(&output.stdout).context("parsing what `npm pack --json` printed")?;
    let filename = value
        .get(0)
        .and_then(|entry| entry.get("filename"))
        .and_then(Value::as_str)
        .context("`npm pack --json` printed no filename")?;
    // npm names scoped tarballs without the scope's `@` and with `-` for `/`.
    let file = Path::new(filename)
        .file_name()
        .context("`npm pack` printed an empty filename")?;
    let tarball = dir.join(file);
    ensure!(
        tarball.is_file(),
        "npm pack did not write {}",
        tarball.display()
    );
    Ok(tarball)
}

/// The platform and binary record of a platform package's tarball.
fn read_tarball(tarball: &Path, package: &str, spec: &str) -> Result<(String, BinaryRecord)> {
    let manifest: Value = serde_json::from_slice(&tar_extract(tarball, "package/package.json")?)
        .context("parsing package/package.json")?;
    let only = |field: &str| -> Result<String> {
        match manifest
            .get(field)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            Some([Value::String(one)]) => Ok(one.clone()),
            other => bail!("package.json has `{field}` {other:?}, not one value"),
        }
    };
    let platform = format!("{}-{}", only("os")?, only("cpu")?);
    let path = binary_path(tarball)?;
    let sha256 = tar_sha256(tarball, &format!("package/{path}"))?;
    Ok((
        platform,
        BinaryRecord {
            package: package.to_owned(),
            spec: spec.to_owned(),
            path,
            sha256,
        },
    ))
}

/// The codex binary inside the package: the `entrypoint` its `vendor/TARGET/codex-package.json`
/// names, else the only `vendor/TARGET/bin/codex` (or `codex.exe`).
fn binary_path(tarball: &Path) -> Result<String> {
    let listing = String::from_utf8(tar(tarball, &["-tzf"], None)?)
        .context("the tarball lists a name that is not UTF-8")?;
    let names: Vec<&str> = listing.lines().map(str::trim).collect();
    let vendored = |name: &str, file: &str| -> Option<String> {
        let rest = name.strip_prefix("package/vendor/")?;
        let (target, tail) = rest.split_once('/')?;
        (tail == file).then(|| format!("vendor/{target}"))
    };
    let descriptors: Vec<String> = names
        .iter()
        .filter_map(|name| vendored(name, "codex-package.json"))
        .collect();
    if let [target] = descriptors.as_slice() {
        let descriptor: Value = serde_json::from_slice(&tar_extract(
            tarball,
            &format!("package/{target}/codex-package.json"),
        )?)
        .context("parsing codex-package.json")?;
        let entrypoint = descriptor
            .get("entrypoint")
            .and_then(Value::as_str)
            .context("codex-package.json names no entrypoint")?;
        let path = format!("{target}/{entrypoint}");
        ensure!(
            names.contains(&format!("package/{path}").as_str()),
            "codex-package.json names {entrypoint}, which the package does not hold"
        );
        return Ok(path);
    }
    let binaries: Vec<String> = names
        .iter()
        .filter_map(|name| {
            vendored(name, "bin/codex")
                .map(|t| format!("{t}/bin/codex"))
                .or_else(|| vendored(name, "bin/codex.exe").map(|t| format!("{t}/bin/codex.exe")))
        })
        .collect();
    match binaries.as_slice() {
        [one] => Ok(one.clone()),
        other => bail!("expected one vendor/TARGET/bin/codex in the package, found {other:?}"),
    }
}

/// The bytes of `member` in the tarball.
fn tar_extract(tarball: &Path, member: &str) -> Result<Vec<u8>> {
    tar(tarball, &["-xzOf"], Some(member))
}

/// The sha256 of `member` in the tarball, streamed.
fn tar_sha256(tarball: &Path, member: &str) -> Result<String> {
    let mut child = Command::new("tar")
        .arg("-xzOf")
        .arg(tarball)
        .arg(member)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("running tar")?;
    let mut stdout = child.stdout.take().context("tar's output")?;
    let mut hasher = Sha256::new();
    let mut block = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = stdout.read(&mut block).context("reading tar's output")?;
        if n == 0 {
            break;
        }
        total += n as u64;
        hasher.update(&block[..n]);
    }
    let status = child.wait()?;
    ensure!(
        status.success() && total > 0,
        "tar could not extract {member} ({status})"
    );
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

fn tar(tarball: &Path, flags: &[&str], member: Option<&str>) -> Result<Vec<u8>> {
    let mut command = Command::new("tar");
    command.args(flags).arg(tarball);
    if let Some(member) = member {
        command.arg(member);
    }
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .context("running tar")?;
    ensure!(
        output.status.success(),
        "`tar {} {}` failed ({})",
        flags.join(" "),
        member.unwrap_or(""),
        output.status
    );
    Ok(output.stdout)
}

fn npm() -> Command {
    Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" })
}
