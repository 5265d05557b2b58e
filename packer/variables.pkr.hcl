variable "region" {
  type        = string
  description = "The fleet's region; medical data stays in Japan."
  default     = "ap-northeast-1"

  validation {
    condition     = contains(["ap-northeast-1", "ap-northeast-3"], var.region)
    error_message = "The region must be ap-northeast-1 (Tokyo) or ap-northeast-3 (Osaka)."
  }
}

variable "orca_version" {
  type        = string
  description = "The jma-receipt-weborca version baked in, e.g. 5.2.0; the build fails when the repository lacks it."
  default     = "5.2.0"
}

variable "source_commit" {
  type        = string
  description = "The commit the image is built from, recorded in its tags."
  default     = "unknown"
}

variable "instance_type" {
  type        = string
  description = "The temporary build instance's type."
  default     = "t3.medium"
}

variable "subnet_id" {
  type        = string
  description = "The stack's private build subnet (output BuildSubnetId); the bake role may launch nowhere else."
  default     = ""
}

variable "security_group_id" {
  type        = string
  description = "The stack's build security group (output BuildSecurityGroupId): no inbound rule, HTTPS out."
  default     = ""
}

variable "iam_instance_profile" {
  type        = string
  description = "The build instance's profile (output BuildInstanceProfile), so Session Manager can reach it."
  default     = "orca-fleet-build"
}

variable "root_volume_size" {
  type        = number
  description = "Root volume size in GiB."
  default     = 30
}

variable "kms_key_id" {
  type        = string
  description = "The volumes key (output VolumesKeyArn) for the root volume and so the image; empty: the default EBS key."
  default     = ""
}

variable "install_monitoring_agent" {
  type        = bool
  description = "Install the Amazon CloudWatch agent (not started: its configuration comes from SSM)."
  default     = false
}

variable "manifest_path" {
  type        = string
  description = "Where the manifest post-processor writes the artifact record that bake-ami reads."
  default     = "packer-manifest.json"
}
