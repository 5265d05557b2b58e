locals {
  build_time = timestamp()
  ami_name   = "orca-fleet-weborca-${var.orca_version}-${formatdate("YYYYMMDDhhmmss", local.build_time)}"
  tags = {
    "orca-fleet:managed-by"    = "orca-fleet"
    "orca-fleet:source-commit" = var.source_commit
    "orca-fleet:orca-version"  = var.orca_version
    "orca-fleet:build-time"    = local.build_time
  }
}

# Canonical's Ubuntu 22.04 (what WebORCA on-premises 5.2 supports), newest image by filter. The build instance sits
# in the stack's private build subnet with no public address and no inbound rule: Packer reaches it through Session
# Manager (SSH inside an SSM port-forwarding session). No re-encrypting copy: the launch volume is encrypted with
# the fleet's volumes key, so the image's snapshot is too, and no intermediate image is copied and deregistered.
source "amazon-ebs" "weborca" {
  region                      = var.region
  ami_regions                 = [var.region]
  ami_name                    = local.ami_name
  instance_type               = var.instance_type
  subnet_id                   = var.subnet_id
  security_group_id           = var.security_group_id
  associate_public_ip_address = false
  iam_instance_profile        = var.iam_instance_profile
  communicator                = "ssh"
  ssh_username                = "ubuntu"
  ssh_interface               = "session_manager"

  source_ami_filter {
    filters = {
      name                = "ubuntu/images/hvm-ssd*/ubuntu-jammy-22.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    owners      = ["099720109477"]
    most_recent = true
  }

  # IMDSv2 only, also while baking. (Newer than Debian's packer 1.6.6: its validation test leaves this block out.)
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_type           = "gp3"
    volume_size           = var.root_volume_size
    iops                  = 3000
    throughput            = 125
    encrypted             = true
    kms_key_id            = var.kms_key_id
    delete_on_termination = true
  }

  tags          = local.tags
  snapshot_tags = local.tags
  run_tags      = local.tags
}

build {
  sources = ["source.amazon-ebs.weborca"]

  provisioner "shell" {
    execute_command = "sudo -E bash '{{ .Path }}'"
    environment_vars = [
      "ORCA_VERSION=${var.orca_version}",
      "AWS_REGION=${var.region}",
      "INSTALL_MONITORING_AGENT=${var.install_monitoring_agent}",
    ]
    scripts = [
      "${path.root}/scripts/10-base.sh",
      "${path.root}/scripts/20-weborca.sh",
      "${path.root}/scripts/30-agents.sh",
      "${path.root}/scripts/90-cleanup.sh",
    ]
  }

  post-processor "manifest" {
    output     = var.manifest_path
    strip_path = true
    custom_data = {
      orca_version  = var.orca_version
      source_commit = var.source_commit
    }
  }
}
