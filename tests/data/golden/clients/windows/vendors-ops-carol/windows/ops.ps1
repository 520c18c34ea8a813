# RouteStudio: L2TP/IPsec VPN ops for user carol (Windows 10/11 PowerShell)
# Run as the user who connects (no elevation needed):
#   powershell -ExecutionPolicy Bypass -File ops.ps1
# Safe to run again: updates the connection and its routes in place.
# Connect: rasdial ops carol *   (asks for the password), or from the network menu.
# This file holds the IPsec pre-shared key: keep it private.
[CmdletBinding()]
param(
    # Error 809 when the VPN server sits behind NAT: sets
    # HKLM\SYSTEM\CurrentControlSet\Services\PolicyAgent\AssumeUDPEncapsulationContextOnSendRule = 2.
    # Caveats: needs an elevated (Administrator) prompt, takes effect only after
    # a reboot, and applies to every L2TP/IPsec connection on this machine.
    [switch]$FixNatTraversal
)
$ErrorActionPreference = 'Stop'

$name = 'ops'
$server = '203.0.113.20'
$psk = 'test-only-MtL2tp-T1yB5dK0'
# Full tunnel: all traffic through the VPN
$routes = @()
# MTU: Windows sets no PPP MTU per connection; the hub clamps TCP MSS to 1360.

if ($FixNatTraversal) {
    $principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
    if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw '-FixNatTraversal needs an elevated PowerShell (Run as Administrator).'
    }
    New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\PolicyAgent' `
        -Name 'AssumeUDPEncapsulationContextOnSendRule' -PropertyType DWord -Value 2 -Force | Out-Null
    Write-Warning 'NAT-T registry value set: reboot Windows before connecting.'
}

$settings = @{
    Name                 = $name
    ServerAddress        = $server
    TunnelType           = 'L2tp'
    L2tpPsk              = $psk
    AuthenticationMethod = 'MSChapv2'
    EncryptionLevel      = 'Required'
    Force                = $true
}
if (Get-VpnConnection -Name $name -ErrorAction SilentlyContinue) {
    Set-VpnConnection @settings -SplitTunneling $false
} else {
    Add-VpnConnection @settings -SplitTunneling:$false -RememberCredential
}

# Routes are stored with the connection and re-applied on every connect.
$present = @((Get-VpnConnection -Name $name).Routes | ForEach-Object { $_.DestinationPrefix })
foreach ($prefix in $routes) {
    if ($present -notcontains $prefix) {
        Add-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix
    }
}
foreach ($prefix in $present) {
    if ($routes -notcontains $prefix) {
        Remove-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix
    }
}
Write-Output ('VPN connection ' + $name + ' is ready: rasdial ' + $name + ' ' + 'carol' + ' *')
