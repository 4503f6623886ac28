package main

import (
	"fmt"
	"slices"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// CheckRules holds the project's rules for what the API server's schema does not say:
// every Deployment runs non-root on a read-only root filesystem with probes and resource limits,
// has a PodDisruptionBudget, an autoscaler and a NetworkPolicy; Services and references resolve.
func CheckRules(objects []runtime.Object) []string {
	var problems []string
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	var deployments []*appsv1.Deployment
	var services []*corev1.Service
	var budgets []*policyv1.PodDisruptionBudget
	var autoscalers []*autoscalingv2.HorizontalPodAutoscaler
	var policies []*networkingv1.NetworkPolicy
	configMaps := map[string]bool{}
	for _, object := range objects {
		switch o := object.(type) {
		case *appsv1.Deployment:
			deployments = append(deployments, o)
		case *corev1.Service:
			services = append(services, o)
		case *policyv1.PodDisruptionBudget:
			budgets = append(budgets, o)
		case *autoscalingv2.HorizontalPodAutoscaler:
			autoscalers = append(autoscalers, o)
		case *networkingv1.NetworkPolicy:
			policies = append(policies, o)
		case *corev1.ConfigMap:
			configMaps[o.Name] = true
		}
	}
	if len(deployments) == 0 {
		report("no Deployment rendered")
	}

	for _, d := range deployments {
		name := "Deployment/" + d.Name
		podLabels := labels.Set(d.Spec.Template.Labels)
		if !selects(d.Spec.Selector, podLabels) {
			report("%s: selector does not match its pod template's labels", name)
		}
		checkPod(name, &d.Spec.Template.Spec, configMaps, report)
		if !slices.ContainsFunc(budgets, func(b *policyv1.PodDisruptionBudget) bool {
			return selects(b.Spec.Selector, podLabels)
		}) {
			report("%s: no PodDisruptionBudget selects its pods", name)
		}
		if !slices.ContainsFunc(autoscalers, func(h *autoscalingv2.HorizontalPodAutoscaler) bool {
			return h.Spec.ScaleTargetRef.Kind == "Deployment" && h.Spec.ScaleTargetRef.Name == d.Name
		}) {
			report("%s: no HorizontalPodAutoscaler scales it", name)
		}
		for _, kind := range []networkingv1.PolicyType{networkingv1.PolicyTypeIngress, networkingv1.PolicyTypeEgress} {
			if !slices.ContainsFunc(policies, func(p *networkingv1.NetworkPolicy) bool {
				return slices.Contains(p.Spec.PolicyTypes, kind) && selects(&p.Spec.PodSelector, podLabels)
			}) {
				report("%s: no NetworkPolicy restricts its %s", name, kind)
			}
		}
	}

	for _, h := range autoscalers {
		min := int32(1)
		if h.Spec.MinReplicas != nil {
			min = *h.Spec.MinReplicas
		}
		if h.Spec.MaxReplicas < min {
			report("HorizontalPodAutoscaler/%s: maxReplicas %d < minReplicas %d", h.Name, h.Spec.MaxReplicas, min)
		}
		if len(h.Spec.Metrics) == 0 {
			report("HorizontalPodAutoscaler/%s: no metrics", h.Name)
		}
		if !slices.ContainsFunc(deployments, func(d *appsv1.Deployment) bool { return d.Name == h.Spec.ScaleTargetRef.Name }) {
			report("HorizontalPodAutoscaler/%s: scales %s, which is not rendered", h.Name, h.Spec.ScaleTargetRef.Name)
		}
	}

	for _, s := range services {
		target := findDeployment(deployments, s.Spec.Selector)
		if target == nil {
			report("Service/%s: its selector matches no Deployment's pods", s.Name)
			continue
		}
		for _, port := range s.Spec.Ports {
			if !hasPort(&target.Spec.Template.Spec, port.TargetPort) {
				report("Service/%s: targetPort %s is not a port of Deployment/%s", s.Name, port.TargetPort.String(), target.Name)
			}
		}
	}
	return problems
}

func checkPod(name string, pod *corev1.PodSpec, configMaps map[string]bool, report func(string, ...any)) {
	if pod.SecurityContext == nil || pod.SecurityContext.RunAsNonRoot == nil || !*pod.SecurityContext.RunAsNonRoot {
		report("%s: pod securityContext.runAsNonRoot must be true", name)
	}
	if pod.AutomountServiceAccountToken == nil || *pod.AutomountServiceAccountToken {
		report("%s: automountServiceAccountToken must be false (the apps do not call the Kubernetes API)", name)
	}
	for _, c := range pod.Containers {
		where := fmt.Sprintf("%s container %s", name, c.Name)
		if c.Image == "" {
			report("%s: no image", where)
		}
		for probeName, probe := range map[string]*corev1.Probe{"readinessProbe": c.ReadinessProbe, "livenessProbe": c.LivenessProbe} {
			if probe == nil || probe.HTTPGet == nil {
				report("%s: %s must be an httpGet probe", where, probeName)
				continue
			}
			if !hasPort(pod, probe.HTTPGet.Port) {
				report("%s: %s port %s is not a container port", where, probeName, probe.HTTPGet.Port.String())
			}
		}
		for _, resource := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
			if _, ok := c.Resources.Requests[resource]; !ok {
				report("%s: no %s request", where, resource)
			}
		}
		if limit, ok := c.Resources.Limits[corev1.ResourceMemory]; !ok {
			report("%s: no memory limit", where)
		} else if request, ok := c.Resources.Requests[corev1.ResourceMemory]; ok && limit.Cmp(request) < 0 {
			report("%s: memory limit below its request", where)
		}
		sc := c.SecurityContext
		if sc == nil {
			report("%s: no securityContext", where)
		} else {
			if sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
				report("%s: readOnlyRootFilesystem must be true", where)
			}
			if sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
				report("%s: allowPrivilegeEscalation must be false", where)
			}
			if sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL") {
				report("%s: capabilities must drop ALL", where)
			}
		}
		if !slices.ContainsFunc(c.VolumeMounts, func(m corev1.VolumeMount) bool { return m.MountPath == "/tmp" }) {
			report("%s: no writable /tmp (an emptyDir) on the read-only root filesystem", where)
		}
		for _, from := range c.EnvFrom {
			if from.ConfigMapRef != nil && !configMaps[from.ConfigMapRef.Name] {
				report("%s: ConfigMap %s is not rendered", where, from.ConfigMapRef.Name)
			}
		}
	}
}

func selects(selector *metav1.LabelSelector, set labels.Set) bool {
	if selector == nil {
		return false
	}
	parsed, err := metav1.LabelSelectorAsSelector(selector)
	return err == nil && !parsed.Empty() && parsed.Matches(set)
}

func findDeployment(deployments []*appsv1.Deployment, selector map[string]string) *appsv1.Deployment {
	if len(selector) == 0 {
		return nil
	}
	for _, d := range deployments {
		if labels.SelectorFromSet(selector).Matches(labels.Set(d.Spec.Template.Labels)) {
			return d
		}
	}
	return nil
}

func hasPort(pod *corev1.PodSpec, port intstr.IntOrString) bool {
	for _, c := range pod.Containers {
		for _, p := range c.Ports {
			if (port.Type == intstr.String && p.Name == port.StrVal) ||
				(port.Type == intstr.Int && p.ContainerPort == port.IntVal) {
				return true
			}
		}
	}
	return false
}
